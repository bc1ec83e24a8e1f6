import KPIModel

typealias KPIErrorKind = KPIError.Kind

/// Shorthand for the store's errors, which are always ``KPIError``s.
func StoreError(_ kind: KPIError.Kind, _ message: String) -> KPIError {
    KPIError(kind, message)
}

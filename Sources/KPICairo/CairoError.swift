import CCairo

/// A failure reported by Cairo or by KPICairo's own checks, saying which call failed and why.
///
/// Cairo records errors in the context or surface instead of returning them, so every renderer
/// checks `cairo_status` / `cairo_surface_status` at the end and throws this with Cairo's own
/// message (from `cairo_status_to_string`).
public struct CairoError: Error, Hashable, CustomStringConvertible {
    /// The Cairo function or KPICairo step that failed, e.g. "cairo_surface_write_to_png_stream".
    public let operation: String
    /// What went wrong, e.g. "out of memory" or "expected ISO-8601 date such as …".
    public let message: String

    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    /// An error carrying Cairo's description of `status`.
    init(operation: String, status: cairo_status_t) {
        self.init(operation: operation, message: String(cString: cairo_status_to_string(status)))
    }

    public var description: String { "cairo: \(operation): \(message)" }

    /// Throws when `status` is not `CAIRO_STATUS_SUCCESS`.
    static func check(_ status: cairo_status_t, _ operation: String) throws {
        if status != CAIRO_STATUS_SUCCESS { throw CairoError(operation: operation, status: status) }
    }

    /// Throws when the context is in an error state. The corresponding Cairo call is `cairo_status`.
    static func check(context: OpaquePointer, _ operation: String) throws {
        try check(cairo_status(context), operation)
    }

    /// Throws when the surface is in an error state. The corresponding Cairo call is `cairo_surface_status`.
    static func check(surface: OpaquePointer, _ operation: String) throws {
        try check(cairo_surface_status(surface), operation)
    }
}

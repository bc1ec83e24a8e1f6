import KPIModel

/// Every error KPIActions gives, in one place: the fields of an action update that its rules
/// refuse, each a `FieldError` placed by the caller.
extension FieldError {
    /// Progress outside 0–100.
    static func progressOutOfRange(_ figure: Figure) -> FieldError {
        FieldError(field: "progress", .expected("a percentage from 0 to 100", found: figure.text))
    }

    /// Stage completed with progress short of 100.
    static func completedShortOf100(progress figure: Figure) -> FieldError {
        FieldError(
            field: "stage",
            .expected("progress 100 for a completed action", found: "progress \(figure.text)")
                .aside("give the progress reached, or another stage"))
    }

    /// Progress 100 with a stage other than completed.
    static func completeButNotCompleted(stage: Stage) -> FieldError {
        FieldError(field: "stage", .expected("completed with progress 100", found: stage.rawValue))
    }

    /// Progress above 0 for an action not started.
    static func notStartedWithProgress(_ figure: Figure) -> FieldError {
        FieldError(field: "stage", .expected("progress 0 for an action not started", found: "progress \(figure.text)"))
    }

    /// Blue (complete) without stage completed or progress 100; `found` says what there was.
    static func blueNotComplete(found: String) -> FieldError {
        FieldError(
            field: "status", .expected("stage completed or progress 100 with blue (blue means complete)", found: found))
    }

    static func unknownOfficerStatus(_ field: String, found text: String) -> FieldError {
        FieldError(field: field, .expected("blue, green, amber or red", found: quotedOrNothing(text)))
    }

    static func unknownStage(_ field: String, found text: String) -> FieldError {
        FieldError(
            field: field,
            .expected("not started, in progress, completed, on hold or cancelled", found: quotedOrNothing(text)))
    }

    /// A green or amber ratio in `store.conf` outside (0, 1].
    static func ratioOutOfRange(_ field: String, found text: String) -> FieldError {
        FieldError(field: field, .expected("a ratio above 0 and at most 1, such as 0.9", found: text))
    }
}

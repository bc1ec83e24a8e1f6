import KPIActions
import KPIModel

/// Every error of a CSV import, in one place: the file as CSV, its header, its rows, and the
/// rejection that lists every bad row (an import is all rows or none).
extension KPIError {
    // MARK: The file

    static func noInputFile(_ path: String) -> KPIError {
        KPIError(.missing, at: .path(path), .statement("no such file to import"))
    }

    static func nulInCSV(at location: Location) -> KPIError {
        KPIError(
            .badData, at: location, field: "file",
            .expected("text", found: "a NUL byte").aside("is this a spreadsheet file rather than CSV?"))
    }

    static func notUTF8CSV(at location: Location) -> KPIError {
        KPIError(
            .badData, at: location, field: "file",
            .expected("UTF-8 text", found: "invalid bytes").aside("save the sheet as \"CSV UTF-8\""))
    }

    static func unclosedQuote(at location: Location) -> KPIError {
        KPIError(
            .badData, at: location, field: "field",
            .expected("a closing double quote for the field that starts on this line", found: "the end of the file"))
    }

    static func textAfterClosingQuote(at location: Location, found text: String) -> KPIError {
        KPIError(
            .badData, at: location, field: "field",
            .expected("a comma or a line end after a closing double quote", found: quoted(text)))
    }

    static func quoteInMidField(at location: Location) -> KPIError {
        KPIError(
            .badData, at: location, field: "field",
            .expected(
                "a double quote only at the start of a field (write \"\" inside quotes)", found: "one in the middle"))
    }

    // MARK: The header

    /// An empty file; `example` is a header as it should be.
    static func noHeader(_ path: String, example: String) -> KPIError {
        KPIError(
            .badData, at: .line(path, 1), field: "header",
            .expected("a header row such as \"\(example)\"", found: "an empty file"))
    }

    /// A header that is not the columns expected; `columns` says which they are.
    static func unknownColumn(at location: Location, columns: String, found name: String) -> KPIError {
        KPIError(.badData, at: location, field: "header", .expected(columns, found: quoted(name)))
    }

    static func repeatedColumn(at location: Location, columns: String, found name: String) -> KPIError {
        KPIError(
            .badData, at: location, field: "header", .expected("\(columns) once each", found: "\(quoted(name)) twice"))
    }

    static func missingColumns(at location: Location, columns: String, missing: [String]) -> KPIError {
        KPIError(
            .badData, at: location, field: "header",
            .expected(columns, found: "no \(missing.joined(separator: ", ")) column"))
    }

    static func noActionNameColumn(at location: Location) -> KPIError {
        KPIError(
            .badData, at: location, field: "header",
            .expected("an id or a ref column to name each action", found: "neither"))
    }

    // MARK: Rows

    static func rowWidth(at location: Location, columns: Int, found count: Int) -> KPIError {
        KPIError(
            .badData, at: location, field: "row", .expected("\(columns) fields as in the header", found: "\(count)"))
    }

    /// A second definition row for one indicator.
    static func secondDefinitionRow(_ id: IndicatorID, firstAt line: Int, at location: Location) -> KPIError {
        KPIError(
            .badData, at: location, field: "id",
            .expected("one row for \(id)", found: "a second (the first is at line \(line))"))
    }

    /// A value row for an indicator the store does not have.
    static func unknownIndicatorRow(_ id: IndicatorID, at location: Location) -> KPIError {
        KPIError(
            .badData, at: location, field: "indicator",
            .expected("an indicator defined in the store", found: quoted(id.rawValue)))
    }

    /// A definition row that differs from the stored one, without `--update`.
    static func definitionDiffers(_ id: IndicatorID, fields: [String], at location: Location) -> KPIError {
        KPIError(
            .badData, at: location, field: "id",
            .statement("\(id) is already defined with a different \(fields.joined(separator: ", "))")
                .hint("use --update to record the change, or make the row match"))
    }

    /// A row that failed for a reason that is not one of kpi's errors, in that reason's words.
    static func rowFailed(_ error: any Error, at location: Location) -> KPIError {
        KPIError(.badData, at: location, .statement("\(error)"))
    }

    /// The rejection of a whole import, listing its bad rows (in line order) up to `limit`.
    static func importRejected(_ path: String, problems: [KPIError], limit: Int) -> KPIError {
        var details = problems.prefix(limit).map(\.message)
        if problems.count > limit { details.append("… and \(problems.count - limit) more") }
        return KPIError(
            .badData, at: .path(path),
            .statement("\(problems.count) bad row\(problems.count == 1 ? "" : "s")")
                .outcome("nothing was imported"), details: details)
    }
}

/// The errors of one row's cells, each a `FieldError` placed at the row.
extension FieldError {
    /// An empty title cell: of a new indicator, or of the first row of a new action.
    static func emptyTitleCell(forNewAction id: ActionID? = nil) -> FieldError {
        FieldError(
            field: "title",
            .expected("a title" + (id.map { " for the new action \($0)" } ?? ""), found: "an empty cell"))
    }

    /// A target without the period it applies from.
    static func noFromCell() -> FieldError {
        FieldError(
            field: "from",
            .expected("the first period the target applies to, such as \"2021/22 Q1\"", found: "an empty cell"))
    }

    /// A from period without its target.
    static func noTargetCell() -> FieldError {
        FieldError(field: "target", .expected("a target for the from period", found: "an empty cell"))
    }

    /// An amber or tolerance cell on a row without a target.
    static func bandWithoutTarget(_ field: String) -> FieldError {
        FieldError(field: field, .expected("it only with a target and from", found: "no target"))
    }

    /// A ref from which no action id can be made.
    static func refWithoutID(found ref: String) -> FieldError {
        FieldError(
            field: "ref",
            .expected("a ref with letters or digits to make an id from", found: quoted(ref)).aside("give an id column"))
    }

    static func noActionName(_ field: String) -> FieldError {
        FieldError(field: field, .expected("an id or a ref to name the action", found: "empty cells"))
    }

    // MARK: An action tracker against the store

    /// One ref on two actions within the file.
    static func refOnTwoRows(_ ref: String, first: ActionID, firstAt line: Int, here: ActionID) -> FieldError {
        FieldError(
            field: "ref",
            .statement("\(quoted(ref)) is the ref of \(first) at line \(line) and of \(here) here").hint(
                "a ref names one action"))
    }

    /// One action given two refs within the file.
    static func twoRefsForOneID(_ id: ActionID, found ref: String, other: String, at line: Int) -> FieldError {
        FieldError(
            field: "ref",
            .expected("one ref for \(id)", found: "\(quoted(ref)) here and \(quoted(other)) at line \(line)"))
    }

    /// Two refs that make the same id.
    static func refsMakeOneID(_ ref: String, other: String, at line: Int, id: ActionID) -> FieldError {
        FieldError(
            field: "ref",
            .statement("\(quoted(ref)) and \(quoted(other)) (line \(line)) both give the id \(id)")
                .hint("give an id column to tell them apart"))
    }

    /// A ref already naming another action in the store.
    static func refInStore(_ ref: String, owner: ActionID, path: String) -> FieldError {
        FieldError(
            field: "ref",
            .statement("\(quoted(ref)) is already the ref of action \(owner) in the store (\(path))").hint(
                "a ref names one action"))
    }

    /// A ref whose id is already another action in the store; `other` says which.
    static func refIDTaken(_ ref: String, id: ActionID, other: String, path: String) -> FieldError {
        FieldError(
            field: "ref",
            .statement("\(quoted(ref)) gives the id \(id), which is already \(other) in the store (\(path))")
                .hint("give an id column to tell them apart"))
    }

    /// Where the definition a row is held to comes from: the store's file, or an earlier row.
    enum DefinitionPlace {
        case store(String)
        case line(Int)
    }

    /// A row that differs from its action's definition; the first differing field names it.
    static func actionDiffers(_ id: ActionID, definedAt place: DefinitionPlace, fields: [String]) -> FieldError {
        let differing = "with a different \(fields.joined(separator: ", "))"
        return switch place {
        case .store(let path):
            FieldError(
                field: fields[0],
                .statement("\(id) is already defined in the store (\(path)) \(differing)")
                    .hint("change it with kpi action redefine \(id), or make the row match"))
        case .line(let line):
            FieldError(
                field: fields[0],
                .statement("\(id) is defined at line \(line) \(differing)").hint("make the rows match"))
        }
    }

    /// A second row for one indicator's (or action's) period, without `--revise`.
    static func secondRowForPeriod(_ id: IndicatorID, period: Period, firstAt line: Int) -> FieldError {
        FieldError(
            field: "period",
            .expected("one row for \(id) \(period)", found: "a second (the first is at line \(line))")
                .hint("use --revise to apply corrections in order"))
    }
}

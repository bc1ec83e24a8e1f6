/// The document information written into a PDF: title, author and the dates, and for an
/// accessible document its language and whether viewers show the title.
///
/// The creation date is required and supplied by the caller (e.g. from the pack's as-of date),
/// because Cairo would otherwise stamp the current time and no two packs would be byte-identical.
/// Cairo 1.16 writes neither `/Lang` nor viewer preferences: `PDFDocument` adds them to the
/// catalog after Cairo finishes (see ``PDFAccessibilityUpdate``).
public struct PDFMetadata: Sendable, Hashable {
    /// ISO-8601 date or date-time, e.g. "2021-09-30" or "2021-09-30T00:00:00Z".
    public var creationDate: String
    /// Optional modification date in the same format; omitted from the PDF when nil.
    public var modificationDate: String?
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    /// The application that made the content, e.g. "kpi 1.0".
    public var creator: String?
    /// The natural language of the text, e.g. "en-GB" (the catalog's `/Lang`); nil writes none.
    public var language: String?
    /// True to ask viewers to show ``title`` instead of the file name as the window title
    /// (`/ViewerPreferences << /DisplayDocTitle true >>`).
    public var displaysTitle: Bool

    public init(
        creationDate: String, modificationDate: String? = nil, title: String? = nil,
        author: String? = nil, subject: String? = nil, keywords: String? = nil, creator: String? = nil,
        language: String? = nil, displaysTitle: Bool = false
    ) {
        self.creationDate = creationDate
        self.modificationDate = modificationDate
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.language = language
        self.displaysTitle = displaysTitle
    }

    /// True for the ISO-8601 shapes Cairo accepts: `YYYY-MM-DD`, optionally followed by
    /// `Thh:mm`, `:ss` and `Z` or `±hh:mm`.
    ///
    /// Cairo silently drops a date it cannot parse, so dates are checked before handing them over.
    public static func isValidDate(_ date: String) -> Bool {
        let pattern = Array("dddd-dd-dd")
        let chars = Array(date)
        guard chars.count >= pattern.count,
            zip(pattern, chars).allSatisfy({ p, c in
                p == "d" ? c.isASCII && c.isNumber : p == c
            })
        else { return false }
        var rest = chars.dropFirst(pattern.count)
        guard !rest.isEmpty else { return true }
        func take(_ shape: String) -> Bool {
            let shape = Array(shape)
            guard rest.count >= shape.count,
                zip(shape, rest).allSatisfy({ p, c in
                    p == "d" ? c.isASCII && c.isNumber : p == c
                })
            else { return false }
            rest = rest.dropFirst(shape.count)
            return true
        }
        guard take("Tdd:dd") else { return false }
        _ = take(":dd")
        if rest.isEmpty || (rest.count == 1 && rest.first == "Z") { return true }
        return take("+dd:dd") && rest.isEmpty || take("-dd:dd") && rest.isEmpty
    }
}

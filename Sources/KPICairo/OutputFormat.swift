/// The file formats a layout is rendered in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case png, svg, pdf

    /// The format named by a file's extension (`.png`, `.SVG`), or nil for any other.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}

import KPIModel

/// The file formats a chart or tile is written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case png, svg, pdf

    /// The format named by a file's extension (`.png`, `.SVG`), or nil for any other.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }

    /// The format from `--format` and `--out`: the option when given, else the extension, else PNG.
    ///
    /// A format that contradicts the extension is refused rather than writing a PNG named `.svg`.
    public static func resolve(format: String?, out: String?) throws -> OutputFormat {
        let fromPath = out.flatMap { OutputFormat(path: $0) }
        guard let format else {
            if let out, fromPath == nil {
                throw KPIError(.usage, "--out: expected a file ending in .png, .svg or .pdf (or give --format), found \(quoted(out))")
            }
            return fromPath ?? .png
        }
        guard let chosen = OutputFormat(rawValue: format.lowercased()) else {
            throw KPIError(.usage, "--format: expected png, svg or pdf, found \(quoted(format))")
        }
        if let fromPath, fromPath != chosen, let out {
            throw KPIError(.usage, "--format: expected \(fromPath.rawValue) to match --out \(quoted(out)), found \(chosen.rawValue)")
        }
        return chosen
    }
}

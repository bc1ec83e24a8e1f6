import KPIModel
import KPIReport
import KPIText

/// `manifest.json`: what the pack is (period, as-of, the store it came from, its indicators
/// and actions) and every file
/// with its size and SHA-256, so an auditor can check a pack has not been altered.
enum PackManifest {
    static func json(_ content: PackContent, storeHash: String, files: [(path: String, sha256: String, bytes: Int)])
        -> String
    {
        var lines = [
            "{",
            "  \"format\": 1,",
            "  \"title\": \(TextEscaping.json(content.title)),",
            "  \"committee\": \(content.committee.map(TextEscaping.json) ?? "null"),",
            "  \"period\": \(TextEscaping.json(content.period.description)),",
            "  \"asOf\": \(TextEscaping.json(content.asOf.description)),",
            "  \"storeSHA256\": \(TextEscaping.json(storeHash)),",
            "  \"indicators\": [\(content.assessments.map { TextEscaping.json($0.indicator.id.rawValue) }.joined(separator: ", "))],",
            "  \"actions\": [\(content.actions.map { TextEscaping.json($0.action.id.rawValue) }.joined(separator: ", "))],",
            "  \"files\": [",
        ]
        let entries = files.map {
            "    {\"path\": \(TextEscaping.json($0.path)), \"bytes\": \($0.bytes), \"sha256\": \"\($0.sha256)\"}"
        }
        lines.append(entries.joined(separator: ",\n"))
        lines.append("  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

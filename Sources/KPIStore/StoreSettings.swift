import KPIModel

/// The store-wide settings kept in `store.conf` beside the Series files.
///
/// Its presence marks a directory as a store, so a mistyped `--store` path is an error
/// rather than a silently empty report.
public struct StoreSettings: Hashable, Sendable {
    public static let fileName = "store.conf"
    public static let formatVersion = 1

    public var financialYear: FinancialYear

    public init(financialYear: FinancialYear = .april) {
        self.financialYear = financialYear
    }

    /// The file's text.
    public var rendered: String {
        """
        # kpi store settings (see docs/series-format.md)
        format \(Self.formatVersion)
        year-start-month \(financialYear.startMonth)

        """
    }

    /// Reads `store.conf`; `path` is used in messages.
    public init(parsing bytes: [UInt8], path: String) throws {
        var startMonth = 4
        var sawFormat = false
        let text = String(decoding: bytes, as: UTF8.self)
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: " \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            let location = "\(path):\(offset + 1)"
            guard parts.count == 2 else {
                throw KPIError(.badData, "\(location): setting: expected \"name value\", found \(quoted(line))")
            }
            switch parts[0] {
            case "format":
                guard Int(parts[1]) == Self.formatVersion else {
                    throw KPIError(.badData, "\(location): format: expected \(Self.formatVersion), found \(quoted(parts[1])) (this kpi reads format \(Self.formatVersion))")
                }
                sawFormat = true
            case "year-start-month":
                guard let month = Int(parts[1]), (1...12).contains(month) else {
                    throw KPIError(.badData, "\(location): year-start-month: expected a month number from 1 to 12, found \(quoted(parts[1]))")
                }
                startMonth = month
            default:
                throw KPIError(.badData, "\(location): setting: expected format or year-start-month, found \(quoted(parts[0]))")
            }
        }
        guard sawFormat else {
            throw KPIError(.badData, "\(path):1: format: expected a line \"format \(Self.formatVersion)\", found none")
        }
        self.init(financialYear: FinancialYear(startMonth: startMonth))
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, set.unicodeScalars.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.unicodeScalars.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}

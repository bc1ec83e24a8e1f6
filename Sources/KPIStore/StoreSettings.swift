import KPIActions
import KPIModel
import KPISPC

/// The store-wide settings kept in `store.conf` beside the Series files.
///
/// Its presence marks a directory as a store, so a mistyped `--store` path is an error
/// rather than a silently empty report.
public struct StoreSettings: Hashable, Sendable {
    public static let fileName = "store.conf"
    public static let formatVersion = 1

    public var financialYear: FinancialYear
    /// The store's defaults for `kpi spc` and SPC charts; a command's options override them.
    public var spc: SPCSettings
    /// How far behind expected progress an action may be before the rules call it amber or red.
    public var actionRatios: ActionRatios

    public init(
        financialYear: FinancialYear = .april, spc: SPCSettings = .standard, actionRatios: ActionRatios = .standard
    ) {
        self.financialYear = financialYear
        self.spc = spc
        self.actionRatios = actionRatios
    }

    /// The action rules of this store: its financial year and its ratios.
    public var actionRules: ActionRules {
        ActionRules(financialYear: financialYear, ratios: actionRatios)
    }

    /// The file's text.
    public var rendered: String {
        """
        # kpi store settings (see docs/series-format.md)
        format \(Self.formatVersion)
        year-start-month \(financialYear.startMonth)

        """ + spcLines + actionLines
    }

    /// The action ratio lines that differ from the defaults (none in a new store).
    var actionLines: String {
        var lines = ""
        if actionRatios.green != ActionRatios.standard.green { lines += "action-green-ratio \(actionRatios.green)\n" }
        if actionRatios.amber != ActionRatios.standard.amber { lines += "action-amber-ratio \(actionRatios.amber)\n" }
        return lines
    }

    /// The SPC lines that differ from the defaults (none in a new store).
    var spcLines: String {
        var lines: [String] = []
        let standard = SPCSettings.standard
        if spc.shift != standard.shift { lines.append("spc-shift \(spc.shift)") }
        if spc.trend != standard.trend { lines.append("spc-trend \(spc.trend)") }
        if spc.screenOutliers != standard.screenOutliers {
            lines.append("spc-screen-outliers \(spc.screenOutliers ? "yes" : "no")")
        }
        if let fixAfter = spc.fixAfter { lines.append("spc-fix-after \(fixAfter)") }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Reads `store.conf`; `path` is used in messages.
    public init(parsing bytes: [UInt8], path: String) throws {
        var startMonth = 4
        var spc = SPCSettings.standard
        var ratios = ActionRatios.standard
        var ratioLines: [String: Int] = [:]
        var sawFormat = false
        let text = String(decoding: bytes, as: UTF8.self)
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: " \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            let location = KPIError.Location.line(path, offset + 1)
            guard parts.count == 2 else {
                throw KPIError.settingLine(at: location, found: line)
            }
            switch parts[0] {
            case "format":
                guard Int(parts[1]) == Self.formatVersion else {
                    throw KPIError.unreadableFormat(at: location, version: Self.formatVersion, found: parts[1])
                }
                sawFormat = true
            case "year-start-month":
                guard let month = Int(parts[1]), (1...12).contains(month) else {
                    throw KPIError.yearStartMonth(at: location, found: parts[1])
                }
                startMonth = month
            case "spc-shift", "spc-trend":
                let count = try Self.count(parts[1], field: String(parts[0]), location: location)
                let checked = try located(location) { () throws(FieldError) in
                    try SPCSettings.checkedRun(count, field: String(parts[0]))
                }
                if parts[0] == "spc-shift" { spc.shift = checked } else { spc.trend = checked }
            case "spc-screen-outliers":
                guard parts[1] == "yes" || parts[1] == "no" else {
                    throw KPIError.notYesOrNo(at: location, field: "spc-screen-outliers", found: parts[1])
                }
                spc.screenOutliers = parts[1] == "yes"
            case "spc-fix-after":
                if parts[1] == "none" {
                    spc.fixAfter = nil
                } else {
                    let count = try Self.count(parts[1], field: "spc-fix-after", location: location)
                    spc.fixAfter = try located(location) { () throws(FieldError) in
                        try SPCSettings.checkedFixAfter(count, field: "spc-fix-after")
                    }
                }
            case "action-green-ratio", "action-amber-ratio":
                let ratio = try located(location) { () throws(FieldError) in
                    try ActionRatios.checked(String(parts[1]), field: String(parts[0]))
                }
                if parts[0] == "action-green-ratio" { ratios.green = ratio } else { ratios.amber = ratio }
                ratioLines[String(parts[0])] = offset + 1
            default:
                throw KPIError.unknownSetting(at: location, found: parts[0])
            }
        }
        guard sawFormat else {
            throw KPIError.noFormatLine(path, version: Self.formatVersion)
        }
        guard ratios.amber <= ratios.green else {
            let line = ratioLines["action-amber-ratio"] ?? ratioLines["action-green-ratio"] ?? 1
            throw KPIError.amberRatioAboveGreen(at: .line(path, line), green: ratios.green, found: ratios.amber)
        }
        self.init(financialYear: FinancialYear(startMonth: startMonth), spc: spc, actionRatios: ratios)
    }

    /// A whole number of points for an SPC setting.
    private static func count(_ text: Substring, field: String, location: KPIError.Location) throws -> Int {
        guard let count = Int(text) else {
            throw KPIError.notAPointCount(at: location, field: field, found: text)
        }
        return count
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

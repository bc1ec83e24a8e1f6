import Foundation
import KPIActions
import KPIModel
import KPISPC
import Testing

@testable import KPIStore

/// `store.conf`'s SPC settings: read, checked with a located message, and written back.
@Suite struct StoreSettingsTests {
    static func parse(_ lines: String) throws -> StoreSettings {
        try StoreSettings(parsing: Array("format 1\nyear-start-month 4\n\(lines)".utf8), path: "Series/store.conf")
    }

    @Test func withoutSPCLinesTheReferenceDefaultsApply() throws {
        #expect(try Self.parse("").spc == SPCSettings(shift: 7, trend: 7, screenOutliers: true, fixAfter: nil))
        #expect(
            StoreSettings().rendered
                == "# kpi store settings (see docs/series-format.md)\nformat 1\nyear-start-month 4\n",
            "a new store's file is unchanged")
    }

    @Test(arguments: [
        ("spc-shift 6", SPCSettings(shift: 6)),
        ("spc-trend 6", SPCSettings(trend: 6)),
        ("spc-screen-outliers no", SPCSettings(screenOutliers: false)),
        ("spc-screen-outliers yes", SPCSettings()),
        ("spc-fix-after 12", SPCSettings(fixAfter: 12)),
        ("spc-fix-after none", SPCSettings()),
        (
            "spc-shift 8\nspc-trend 6\nspc-screen-outliers no\nspc-fix-after 20",
            SPCSettings(shift: 8, trend: 6, screenOutliers: false, fixAfter: 20)
        ),
    ])
    func settingsAreReadAndWrittenBack(_ lines: String, _ expected: SPCSettings) throws {
        let settings = try Self.parse(lines)
        #expect(settings.spc == expected)
        let again = try StoreSettings(parsing: Array(settings.rendered.utf8), path: "store.conf")
        #expect(again == settings, "rendered:\n\(settings.rendered)")
    }

    @Test(arguments: [
        ("spc-shift 0", "Series/store.conf:3: spc-shift: expected a whole number of points, 2 or more, found 0"),
        ("spc-trend seven", "Series/store.conf:3: spc-trend: expected a whole number of points, found \"seven\""),
        (
            "spc-fix-after 5",
            "Series/store.conf:3: spc-fix-after: expected a whole number of points, 12 or more (limits from fewer points are unstable), found 5"
        ),
        ("spc-screen-outliers maybe", "Series/store.conf:3: spc-screen-outliers: expected yes or no, found \"maybe\""),
        (
            "spc-rules nhs",
            "Series/store.conf:3: setting: expected format, year-start-month, spc-shift, spc-trend, spc-screen-outliers, spc-fix-after, action-green-ratio or action-amber-ratio, found \"spc-rules\""
        ),
    ])
    func aBadSettingNamesItsLineAndWhatWasExpected(_ line: String, _ message: String) {
        #expect(throws: KPIError(.badData, message)) { try Self.parse(line) }
    }

    @Test func actionRatiosAreReadCheckedAndWrittenBack() throws {
        #expect(try Self.parse("").actionRatios == .standard)
        let settings = try Self.parse("action-green-ratio 0.8\naction-amber-ratio 0.5")
        #expect(settings.actionRatios == ActionRatios(green: Decimal(string: "0.8")!, amber: Decimal(string: "0.5")!))
        #expect(settings.actionRules.ratios == settings.actionRatios)
        #expect(settings.rendered.hasSuffix("action-green-ratio 0.8\naction-amber-ratio 0.5\n"))
        #expect(try StoreSettings(parsing: Array(settings.rendered.utf8), path: "store.conf") == settings)
    }

    @Test(arguments: [
        (
            "action-green-ratio 1.2",
            "Series/store.conf:3: action-green-ratio: expected a ratio above 0 and at most 1, such as 0.9, found 1.2"
        ),
        (
            "action-amber-ratio 0",
            "Series/store.conf:3: action-amber-ratio: expected a ratio above 0 and at most 1, such as 0.9, found 0"
        ),
        (
            "action-amber-ratio 70%",
            "Series/store.conf:3: action-amber-ratio: expected a number such as 85.5, found \"70%\""
        ),
        (
            "action-green-ratio 0.6",
            "Series/store.conf:3: action-amber-ratio: expected a ratio at most the green ratio (0.6), found 0.7"
        ),
        (
            "action-amber-ratio 0.95",
            "Series/store.conf:3: action-amber-ratio: expected a ratio at most the green ratio (0.9), found 0.95"
        ),
    ])
    func aBadActionRatioNamesItsLine(_ line: String, _ message: String) {
        #expect(throws: KPIError(.badData, message)) { try Self.parse(line) }
    }
}

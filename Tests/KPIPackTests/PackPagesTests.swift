import KPICairo
import KPICharts
import KPIDrawing
import KPIModel
import KPIStatus
import Testing

@testable import KPIPack

@Suite("Pack pages laid out as values")
struct PackPagesTests {
    static func time(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }

    /// `count` indicators in four themes: hostile titles and long notes on some, no target on
    /// some, a missing quarter on some, red, amber and green all present.
    static func content(count: Int, committee: String? = "Finance and Resources Overview & Scrutiny Committee") throws
        -> PackContent
    {
        var snapshots: [IndicatorSnapshot] = []
        for n in 0..<count {
            let title =
                n % 5 == 0
                ? PackFixtures.hostileTitle + String(repeating: " very long", count: n % 3 * 5)
                : "Indicator \(n): percentage of things done within the agreed time"
            let indicator = Indicator(
                id: try IndicatorID(String(format: "IND%02d", n)), title: title,
                unit: [.percent, .count, .days, .gbp][n % 4], polarity: n % 2 == 0 ? .higherIsBetter : .lowerIsBetter,
                theme: n % 4 == 3 ? nil : ["Human Resources", "IT and Digital Services", "Finance"][n % 3],
                definedAt: time("2019-01-01"))
            var observations: [Observation] = []
            for q in 0..<8 where !(n % 6 == 1 && q == 5) {
                let note =
                    q == 7 && n % 3 == 0
                    ? String(repeating: "The officer's commentary explains the figure in detail. ", count: 1 + n % 7)
                    : nil
                observations.append(
                    Observation(
                        period: Period(startYear: 2020, quarter: 1).advanced(by: q)!,
                        value: try Figure(parsing: "\(30 + (n * 7 + q * 11) % 45)"),
                        recordedAt: time("2021-12-01"), note: note))
            }
            let targets =
                n % 7 == 3
                ? []
                : [
                    TargetChange(
                        from: Period(startYear: 2019, quarter: 1), value: try Figure(parsing: "50"),
                        amber: .tolerance(try Figure(parsing: "10")), recordedAt: time("2019-01-01"))
                ]
            snapshots.append(
                IndicatorHistory(indicator: indicator, observations: observations, targetChanges: targets).asOf(nil)!)
        }
        return try PackContent(
            snapshots: snapshots, period: nil, asOf: nil, title: nil, committee: committee, only: nil,
            financialYear: .april, storeName: "Series")
    }

    @Test("no text overlaps and nothing leaves the page", arguments: [1, 2, 8, 40])
    func noOverlaps(count: Int) throws {
        let content = try Self.content(count: count)
        let pages = PackPages.make(content, measurer: LayoutRenderer.measurer).pages
        #expect(pages.count >= 4)
        #expect(Self.layoutProblems(pages) == [])
    }

    /// Every label, mark or figure that leaves the printable area or overlaps another, and any
    /// page without its "Page n of N" footer.
    static func layoutProblems(_ pages: [PageLayout]) -> [String] {
        var problems: [String] = []
        let bounds = Rect(x: 0, y: 0, width: PageComposer.pageSize.width, height: PageComposer.pageSize.height)
        for (number, page) in pages.enumerated() {
            let frames = page.occupiedFrames
            for frame in frames where !bounds.insetBy(dx: 20, dy: 20).contains(frame) {
                problems.append("page \(number + 1): \(frame) leaves the printable area")
            }
            for i in frames.indices {
                for j in frames.indices where j > i {
                    if frames[i].insetBy(dx: 0.5, dy: 0.5).intersects(frames[j].insetBy(dx: 0.5, dy: 0.5)) {
                        problems.append("page \(number + 1): \(frames[i]) overlaps \(frames[j])")
                    }
                }
            }
            if !page.labels.contains(where: { $0.text.hasSuffix("Page \(number + 1) of \(pages.count)") }) {
                problems.append("page \(number + 1): no \"Page \(number + 1) of \(pages.count)\" footer")
            }
        }
        return problems
    }

    @Test("exceptions come first, red before amber, and every indicator has a section or an exception")
    func order() throws {
        let content = try Self.content(count: 40)
        let exceptions = content.exceptions.map(\.status)
        #expect(exceptions == exceptions.sorted { $0 == .red && $1 == .amber })
        let inThemes = content.themes.flatMap { $0.assessments.map(\.indicator.id) }
        #expect(Set(inThemes + content.exceptions.map(\.indicator.id)) == Set(content.assessments.map(\.indicator.id)))
        #expect(inThemes.count + content.exceptions.count == 40)
        #expect(content.themes.last?.name == "Other indicators")
    }

    @Test("the summary table repeats its header on every page it spans")
    func summaryHeader() throws {
        let content = try Self.content(count: 40)
        let pages = PackPages.make(content, measurer: LayoutRenderer.measurer).pages
        let summaryPages = pages.filter { page in
            page.labels.contains { $0.role == .title && $0.text.hasPrefix("Summary of all indicators") }
        }
        #expect(summaryPages.count >= 2)
        for page in summaryPages {
            #expect(page.labels.contains { $0.text == "Indicator" } && page.labels.contains { $0.text == "Last yr" })
        }
    }

    @Test("the cover counts every status and says what each means")
    func cover() throws {
        let content = try Self.content(count: 8)
        let cover = PackPages.make(content, measurer: LayoutRenderer.measurer).pages[0]
        let texts = cover.labels.map(\.text)
        let total = content.counts.map(\.count).reduce(0, +)
        #expect(total == 8)
        for (status, _) in content.counts { #expect(texts.contains(status.word)) }
        #expect(texts.contains("How to read this pack"))
        #expect(texts.contains("Figures as of \(content.asOf.dateText)"))
    }
}

import KPICairo
import KPICharts
import KPIDrawing
import KPIModel
import KPIStatus
import Testing

@testable import KPIPack

/// The pack's PDF structure checked as data, before Cairo sees it: tags nest, every piece of
/// text belongs to exactly one element or is furniture (Cairo 1.16 marks content only in an
/// element with no child elements), tables and lists are built the standard way, and the
/// contents, destinations and bookmarks agree.
@Suite("Pack PDF structure laid out as values")
struct PackStructureTests {
    /// Everything wrong with the structure of `pages`, drawn in order; empty when all is well.
    static func problems(_ pages: [PageLayout]) -> [String] {
        var problems: [String] = []
        var stack: [StructureTag] = []
        /// The innermost structure element or artifact: what drawing would belong to.
        var owner: StructureTag? { stack.last { if case .destination = $0 { false } else { true } } }
        func isContent(_ tag: StructureTag?) -> Bool {
            switch tag {
            case .element(let role): !role.isGrouping
            case .figure, .link, .artifact: true
            case .destination, nil: false
            }
        }
        let parents: [StructureRole: Set<String>] = [
            .tableRow: ["Table"], .tableHeader: ["TR"], .tableCell: ["TR"], .listItem: ["L"], .label: ["LI"],
            .listBody: ["LI"],
        ]
        func name(_ tag: StructureTag?) -> String {
            switch tag {
            case .element(let role): role.rawValue
            case .figure: "Figure"
            case .link: "Link"
            case .artifact: "Artifact"
            case .destination(let name): "dest \(name)"
            case nil: "nothing"
            }
        }
        for (number, page) in pages.enumerated() {
            for element in page.elements {
                let at = "page \(number + 1)"
                switch element {
                case .beginTag(let tag):
                    if case .destination = tag {
                        stack.append(tag)
                        continue
                    }
                    if isContent(owner) {
                        problems.append("\(at): \(name(tag)) opened inside \(name(owner)), which holds content")
                    }
                    if case .element(let role) = tag {
                        if role == .document, !stack.isEmpty {
                            problems.append("\(at): Document inside \(name(owner))")
                        }
                        if role != .document, stack.isEmpty {
                            problems.append("\(at): \(role.rawValue) outside the Document")
                        }
                        if let allowed = parents[role], !allowed.contains(name(owner)) {
                            problems.append(
                                "\(at): \(role.rawValue) inside \(name(owner)), expected \(allowed.sorted())")
                        }
                    }
                    if case .link = tag, name(owner) != "LI" {
                        problems.append("\(at): Link inside \(name(owner)), expected LI")
                    }
                    stack.append(tag)
                case .endTag(let tag):
                    if stack.last != tag {
                        problems.append("\(at): \(name(tag)) closed while \(name(stack.last)) is open")
                    } else {
                        stack.removeLast()
                    }
                case .label(let label):
                    if !isContent(owner) {
                        problems.append(
                            "\(at): \"\(label.text)\" is drawn inside \(name(owner)), so no reader meets it")
                    }
                    if label.role == .footer, owner != .artifact {
                        problems.append("\(at): footer \"\(label.text)\" is not furniture")
                    }
                case .marker, .actionMarker:
                    if !isContent(owner) { problems.append("\(at): a status mark is drawn inside \(name(owner))") }
                case .figure:
                    if isContent(owner) {
                        problems.append("\(at): a figure inside \(name(owner)), which holds content")
                    }
                case .box, .rule:
                    if !isContent(owner) { problems.append("\(at): a box or rule is drawn inside \(name(owner))") }
                }
            }
        }
        if !stack.isEmpty { problems.append("still open at the end: \(stack.map(name))") }
        return problems
    }

    @Test(
        "tags nest, and every label, mark and figure belongs to one element or is furniture", arguments: [1, 2, 8, 40])
    func wellFormed(count: Int) throws {
        let pack = PackPages.make(try PackPagesTests.content(count: count), measurer: LayoutRenderer.measurer)
        #expect(Self.problems(pack.pages) == [])
        #expect(
            pack.pages.first?.elements.first.map { if case .beginTag(.element(.document)) = $0 { true } else { false } }
                == true)
    }

    @Test("the checker itself catches text outside any element, a footer that is content and unbalanced tags")
    func checkerFails() {
        var page = PageLayout(size: .a4Portrait, title: "t")
        let label = TextLabel(
            "Loose", role: .message, font: Font(size: 9), color: StatusPalette.ink, x: 40, top: 40,
            measurer: LayoutRenderer.measurer)
        let footer = TextLabel(
            "Page 1 of 1", role: .footer, font: Font(size: 8), color: StatusPalette.ink, x: 40, top: 800,
            measurer: LayoutRenderer.measurer)
        page.elements = [
            .beginTag(.element(.document)), .label(label), .beginTag(.element(.paragraph)), .label(footer),
            .endTag(.element(.paragraph)), .beginTag(.element(.table)),
        ]
        #expect(
            Self.problems([page]) == [
                "page 1: \"Loose\" is drawn inside Document, so no reader meets it",
                "page 1: footer \"Page 1 of 1\" is not furniture",
                "still open at the end: [\"Document\", \"Table\"]",
            ])
    }

    @Test("the summary table is one Table: header cells first, repeated headers on later pages are furniture")
    func summaryTable() throws {
        let pages = PackPages.make(try PackPagesTests.content(count: 40), measurer: LayoutRenderer.measurer).pages
        var inArtifact = false, headerCells: [String] = [], furnitureHeaders = 0, tables = 0, openRole: StructureRole?
        for page in pages where page.labels.contains(where: { $0.text.hasPrefix("Summary of all indicators") }) {
            for element in page.elements {
                switch element {
                case .beginTag(.artifact): inArtifact = true
                case .endTag(.artifact): inArtifact = false
                case .beginTag(.element(.table)): tables += 1
                case .beginTag(.element(let role)): openRole = role
                case .label(let label) where label.text == "Last yr":
                    if inArtifact {
                        furnitureHeaders += 1
                    } else if openRole == .tableHeader {
                        headerCells.append(label.text)
                    }
                default: break
                }
            }
        }
        #expect(tables == 1)
        #expect(headerCells == ["Last yr"])
        #expect(furnitureHeaders >= 1)
    }

    /// Three indicators: Human Resources has only a red one, so it has no section of its own.
    static func contentWithAThemeOnlyInExceptions() throws -> PackContent {
        func time(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }
        let specs: [(id: String, theme: String, value: String)] = [
            ("HR01", "Human Resources", "30"), ("FIN01", "Finance", "60"), ("FIN02", "Finance", "62"),
        ]
        let snapshots = try specs.map { spec in
            let indicator = Indicator(
                id: try IndicatorID(spec.id), title: "Indicator \(spec.id)", unit: .percent, polarity: .higherIsBetter,
                theme: spec.theme, definedAt: time("2019-01-01"))
            let observations = [
                Observation(
                    period: Period(startYear: 2021, quarter: 2), value: try Figure(parsing: spec.value),
                    recordedAt: time("2021-09-01"))
            ]
            let target = TargetChange(
                from: Period(startYear: 2019, quarter: 1), value: try Figure(parsing: "50"),
                amber: .tolerance(try Figure(parsing: "10")), recordedAt: time("2019-01-01"))
            return IndicatorHistory(indicator: indicator, observations: observations, targetChanges: [target]).asOf(
                nil)!
        }
        return try PackContent(
            snapshots: snapshots, period: nil, asOf: nil, title: nil, committee: nil, only: nil,
            financialYear: .april, storeName: "Series")
    }

    @Test("every theme is in the contents and the bookmarks, also one whose indicators are all exceptions")
    func everyThemeFindable() throws {
        let content = try Self.contentWithAThemeOnlyInExceptions()
        #expect(content.themes.map(\.name) == ["Finance"])
        let pack = PackPages.make(content, measurer: LayoutRenderer.measurer)
        var destinationPages: [String: Int] = [:]
        var links: [String] = []
        for (number, page) in pack.pages.enumerated() {
            for element in page.elements {
                if case .beginTag(.destination(let name)) = element { destinationPages[name] = number + 1 }
                if case .beginTag(.link(let destination)) = element { links.append(destination) }
            }
        }
        #expect(
            pack.outline.map(\.title) == [
                "Exceptions: red and amber indicators", "All indicators at a glance", "Finance",
                "Human Resources: under Exceptions", "Summary of all indicators",
            ])
        #expect(links == pack.outline.map(\.destination), "the contents links lead where the bookmarks do")
        let hr = pack.outline[3]
        #expect(hr.destination == "indicator-HR01" && hr.children.map(\.destination) == ["indicator-HR01"])
        #expect(pack.outline[0].children.map(\.title) == ["HR01 · Indicator HR01"])
        #expect(pack.outline[2].children.map(\.destination) == ["indicator-FIN01", "indicator-FIN02"])
        let cover = pack.pages[0].labels.map(\.text)
        #expect(cover.contains("Human Resources: under Exceptions"))
        #expect(cover.contains("page \(destinationPages["indicator-HR01"]!)"))
        let everyTarget = pack.outline.flatMap { [$0.destination] + $0.children.map(\.destination) }
        #expect(everyTarget.allSatisfy { destinationPages[$0] != nil })
    }
}

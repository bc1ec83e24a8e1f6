import Foundation
import KPIDrawing
import KPITestSupport
import Testing

@testable import KPICairo

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct SVGRenderTests {
    let hostile = "<script>&\"'"

    func render(title: String = "ICT01", description: String = "Incidents resolved") throws -> [UInt8] {
        try CairoRenderer.renderSVG(
            width: 360, height: 180, title: title, description: description,
            draw: CairoSamples.drawSample)
    }

    @Test func titleAndDescAreEscapedFirstChildren() throws {
        let svg = String(decoding: try render(title: hostile, description: "desc " + hostile), as: UTF8.self)
        let escaped = "&lt;script&gt;&amp;&quot;&#39;"
        #expect(svg.contains("<title id=\"chart-title\">\(escaped)</title>"))
        #expect(svg.contains("<desc id=\"chart-desc\">desc \(escaped)</desc>"))
        #expect(!svg.contains("<script"))
        let rootEnd = try #require(svg.firstRange(of: "aria-labelledby=\"chart-title chart-desc\">"))
        #expect(svg[rootEnd.upperBound...].hasPrefix("\n<title id=\"chart-title\">"))
        #expect(svg.contains("<svg ") && svg.contains(" role=\"img\" "))
    }

    @Test func parsesAsXML() throws {
        let svg = try render(title: hostile, description: hostile)
        #if canImport(FoundationXML) || canImport(Darwin)
            final class Collector: NSObject, XMLParserDelegate {
                var elements: [String] = []
                var text: [String: String] = [:]
                var current = ""
                func parser(
                    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]
                ) {
                    elements.append(name)
                    current = name
                }
                func parser(
                    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
                    qualifiedName: String?
                ) {
                    current = ""
                }
                func parser(_ parser: XMLParser, foundCharacters string: String) {
                    text[current, default: ""] += string
                }
            }
            let parser = XMLParser(data: Data(svg))
            let collector = Collector()
            parser.delegate = collector
            #expect(parser.parse(), "XML error: \(String(describing: parser.parserError))")
            #expect(Array(collector.elements.prefix(3)) == ["svg", "title", "desc"])
            #expect(collector.text["title"] == hostile)
        #else
            let scratch = try Scratch()
            try scratch.write("chart.svg", svg)
            let result = try Tool.run(
                try Tool.require("python3", package: "python3"),
                ["-c", "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])", scratch.path + "/chart.svg"])
            #expect(result.status == 0)
        #endif
    }

    @Test func repeatRendersAreByteIdentical() throws {
        let first = try render()
        _ = try CairoRenderer.renderPNG(width: 10, height: 10) { _ in }  // advance Cairo's global ids
        let second = try render()
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).contains("<g id=\"surface1\">"))
    }

    @Test func renumbersProcessWideIDsConsistently() {
        let input =
            ##"<clipPath id="clip7"/><g id="surface12" clip-path="url(#clip7)"><use xlink:href="#glyph0-1"/><use xlink:href="#surface12"/><g id="surface13"/></g>"##
        let output = String(decoding: SVGPostProcessor.renumberIDs(Array(input.utf8)), as: UTF8.self)
        #expect(
            output
                == ##"<clipPath id="clip1"/><g id="surface1" clip-path="url(#clip1)"><use xlink:href="#glyph0-1"/><use xlink:href="#surface1"/><g id="surface2"/></g>"##
        )
    }

    @Test func customIDPrefixNamespacesTheLabels() throws {
        let svg = try CairoRenderer.renderSVG(width: 10, height: 10, title: "T", description: "D", idPrefix: "ict01") {
            _ in
        }
        #expect(String(decoding: svg, as: UTF8.self).contains("aria-labelledby=\"ict01-title ict01-desc\""))
    }
}

/// Renumbering of Cairo's process-wide SVG ids.
///
/// Cairo 1.16 names some SVG elements from counters shared by the whole process (the page group
/// is `surface1` in the first render and `surface7` in a later one), so two renders of the same
/// chart differ. Ids of the form letters+digits (`surface7`, `clip3`, `image12`) are renumbered
/// per prefix in order of first appearance; per-document ids such as `glyph0-1` are left alone.
extension SVGPostProcessor {
    /// The places an id is defined or referenced in Cairo's output.
    private static let markers: [[UInt8]] = [Array("id=\"".utf8), Array("url(#".utf8), Array("href=\"#".utf8)]

    /// `svg` with every letters+digits id renumbered consistently in definitions and references.
    static func renumberIDs(_ svg: [UInt8]) -> [UInt8] {
        var mapping: [[UInt8]: [UInt8]] = [:]
        var counters: [[UInt8]: Int] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(svg.count)
        var i = 0
        while i < svg.count {
            guard let marker = markers.first(where: { matches($0, in: svg, at: i) }) else {
                out.append(svg[i])
                i += 1
                continue
            }
            out.append(contentsOf: marker)
            i += marker.count
            var end = i
            while end < svg.count, isNameByte(svg[end]) { end += 1 }
            let name = Array(svg[i..<end])
            if let renamed = mapping[name] {
                out.append(contentsOf: renamed)
            } else if let prefix = counterPrefix(of: name) {
                let next = counters[prefix, default: 0] + 1
                counters[prefix] = next
                let renamed = prefix + Array(String(next).utf8)
                mapping[name] = renamed
                out.append(contentsOf: renamed)
            } else {
                out.append(contentsOf: name)
            }
            i = end
        }
        return out
    }

    /// The letters of a letters+digits name (`surface` for `surface7`), or nil for other names.
    private static func counterPrefix(of name: [UInt8]) -> [UInt8]? {
        guard let firstDigit = name.firstIndex(where: isDigit), firstDigit > 0,
              name[..<firstDigit].allSatisfy(isLetter), name[firstDigit...].allSatisfy(isDigit) else { return nil }
        return Array(name[..<firstDigit])
    }

    private static func matches(_ marker: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + marker.count <= bytes.count else { return false }
        for (offset, byte) in marker.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a }
    private static func isNameByte(_ b: UInt8) -> Bool {
        isDigit(b) || isLetter(b) || b == 0x2d || b == 0x5f || b == 0x2e  // - _ .
    }
}

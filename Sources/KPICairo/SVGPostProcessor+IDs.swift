#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renumbering of Cairo's process-wide SVG ids.
///
/// Cairo 1.16 names some SVG elements from counters shared by the whole process (the page group
/// is `surface1` in the first render and `surface7` in a later one), so two renders of the same
/// chart differ. Ids of the form letters+digits (`surface7`, `clip3`, `image12`) are renumbered
/// per prefix in order of first appearance; per-document ids such as `glyph0-1` are left alone.
extension SVGPostProcessor {
    /// `svg` with every letters+digits id renumbered consistently in definitions and references.
    ///
    /// An id follows `id="`, `url(#` or `href="#` (which also matches inside `xlink:href="#`).
    /// Every marker ends in `"` or `#`, so the scan jumps between those bytes with `memchr` and
    /// looks back for the rest of the marker; the bytes between ids are copied in runs.
    /// `extraCapacity` leaves room for the caller's later insertions.
    static func renumberIDs(_ svg: [UInt8], extraCapacity: Int = 0) -> [UInt8] {
        var mapping: [[UInt8]: [UInt8]] = [:]
        var counters: [[UInt8]: Int] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(svg.count + extraCapacity + 64)
        svg.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            func next(_ byte: UInt8, from index: Int) -> Int {
                guard index < count, let found = memchr(base + index, Int32(byte), count - index) else { return count }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            func copy(_ from: Int, _ to: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<to]))
            }
            var copied = 0
            var quote = next(0x22, from: 0), hash = next(0x23, from: 0)  // " and #
            while quote < count || hash < count {
                let anchor = min(quote, hash)
                if anchor == quote { quote = next(0x22, from: anchor + 1) } else { hash = next(0x23, from: anchor + 1) }
                guard let start = markerStart(in: bytes, endingAt: anchor), start >= copied else { continue }
                let nameStart = anchor + 1
                copy(copied, nameStart)
                var end = nameStart
                while end < count, isNameByte(bytes[end]) { end += 1 }
                let name = Array(bytes[nameStart..<end])
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
                copied = end
            }
            copy(copied, count)
        }
        return out
    }

    /// Where the id marker (`id="`, `url(#`, `href="#`) ending with the byte at `anchor` starts,
    /// or nil when no marker ends there.
    private static func markerStart(in bytes: UnsafeBufferPointer<UInt8>, endingAt anchor: Int) -> Int? {
        func ends(with marker: StaticString) -> Int? {
            let length = marker.utf8CodeUnitCount
            let start = anchor + 1 - length
            guard start >= 0 else { return nil }
            let text = marker.utf8Start
            for offset in 0..<length where bytes[start + offset] != text[offset] { return nil }
            return start
        }
        if bytes[anchor] == 0x22 { return ends(with: "id=\"") }
        return ends(with: "url(#") ?? ends(with: "href=\"#")
    }

    /// The letters of a letters+digits name (`surface` for `surface7`), or nil for other names.
    private static func counterPrefix(of name: [UInt8]) -> [UInt8]? {
        guard let firstDigit = name.firstIndex(where: isDigit), firstDigit > 0,
            name[..<firstDigit].allSatisfy(isLetter), name[firstDigit...].allSatisfy(isDigit)
        else { return nil }
        return Array(name[..<firstDigit])
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a }
    private static func isNameByte(_ b: UInt8) -> Bool {
        isDigit(b) || isLetter(b) || b == 0x2d || b == 0x5f || b == 0x2e  // - _ .
    }
}

import KPICairo

extension RasterImage {
    /// Every pixel as straight (un-premultiplied) ARGB: what two PNG files of the same drawing
    /// must agree on, whichever writer made them.
    public var straightPixels: [UInt32] {
        (0..<height).flatMap { y in
            (0..<width).map { x in
                let c = channels(x: x, y: y)
                return UInt32(c.alpha) << 24 | UInt32(c.red) << 16 | UInt32(c.green) << 8 | UInt32(c.blue)
            }
        }
    }
}

/// One call made on a `Canvas`, as a comparable value.
///
/// Lets tests assert what a chart drew ("three red triangles, one dashed target line") without
/// rendering pixels.
public enum DrawingCommand: Sendable, Hashable {
    case fill(Path, Color)
    case stroke(Path, Color, StrokeStyle)
    case text(String, at: Point, font: Font, color: Color)
    case save
    case restore
    case clip(Rect)
    case translate(dx: Double, dy: Double)
    case beginTag(StructureTag)
    case endTag(StructureTag)
}

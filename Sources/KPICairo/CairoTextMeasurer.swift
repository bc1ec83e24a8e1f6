import CCairo
import KPIDrawing
import Synchronization

/// Measures text with Cairo's toy text API, giving exactly the numbers `CairoCanvas` draws with.
///
/// Measuring needs a Cairo context but no output, so it uses a private 1x1 image surface. One
/// context sits behind a mutex (Cairo contexts are not thread-safe) and results are cached,
/// because layout measures the same tick labels and titles many times.
public final class CairoTextMeasurer: TextMeasurer {
    /// The process-wide measurer that every `CairoCanvas` uses by default.
    public static let shared = CairoTextMeasurer()

    /// The most cached measurements kept before the cache is cleared.
    static let cacheLimit = 20_000

    private let state: Mutex<State>

    public init() {
        state = Mutex(State())
    }

    /// The width, ascent, descent and line height of `text` in `font`.
    ///
    /// The corresponding Cairo calls are `cairo_text_extents` and `cairo_font_extents`. If Cairo
    /// cannot create its scratch surface (out of memory) every measurement is zero.
    public func measure(_ text: String, font: Font) -> TextMetrics {
        state.withLock { state in
            let key = State.Key(text: text, font: font)
            if let cached = state.cache[key] { return cached }
            CairoFontSetup.select(font, on: state.context)
            let metrics = CairoFontSetup.measure(text, on: state.context)
            if state.cache.count >= Self.cacheLimit { state.cache.removeAll(keepingCapacity: true) }
            state.cache[key] = metrics
            return metrics
        }
    }

    /// The scratch surface, its context and the cache; only touched under the mutex.
    final class State {
        struct Key: Hashable {
            let text: String
            let font: Font
        }

        let surface: OpaquePointer
        let context: OpaquePointer
        var cache: [Key: TextMetrics] = [:]

        init() {
            surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
            context = cairo_create(surface)
            CairoFontSetup.applyOptions(to: context)
        }

        deinit {
            cairo_destroy(context)
            cairo_surface_destroy(surface)
        }
    }
}

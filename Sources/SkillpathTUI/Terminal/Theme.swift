import CNcursesw
import SkillpathUI

/// The colours and attributes for each ``Style``.
///
/// Colour is used only when the terminal has it and `NO_COLOR` is not set; the terminal's own
/// background is always kept (colour pairs use the default background, -1).
struct Theme {
    /// Attributes and colour pair per style, indexed by `Style.rawValue`.
    private(set) var attributes: [(attrs: attr_t, pair: Int16)]

    /// A theme for the current terminal (after `initscr`/`newterm`).
    static func forTerminal(environment: [String: String]) -> Theme {
        let colorAllowed = (environment["NO_COLOR"] ?? "").isEmpty && has_colors()
        if colorAllowed {
            start_color()
            let hasDefault = use_default_colors() == sp_ok()
            if sp_colors() >= 8 && sp_color_pairs() >= 8 { return colorTheme(defaultBackground: hasDefault) }
        }
        return monochrome()
    }

    private static var bold: attr_t { attr_t(sp_a_bold()) }
    private static var reverse: attr_t { attr_t(sp_a_reverse()) }
    private static var dim: attr_t { attr_t(sp_a_dim()) }
    private static var underline: attr_t { attr_t(sp_a_underline()) }

    /// Attributes only: bold, reverse, dim, underline.
    static func monochrome() -> Theme {
        var t = Theme(attributes: Array(repeating: (0, 0), count: Style.allCases.count))
        t.set(.title, bold); t.set(.muted, dim); t.set(.selected, reverse)
        t.set(.good, bold); t.set(.bad, bold | underline); t.set(.warning, bold)
        t.set(.accent, bold); t.set(.bar, reverse); t.set(.barActive, bold)
        t.set(.timeline, bold)
        return t
    }

    private static func colorTheme(defaultBackground: Bool) -> Theme {
        let background = Int16(defaultBackground ? -1 : Int32(COLOR_BLACK))
        let colors: [(Int16, Int32)] = [(1, COLOR_CYAN), (2, COLOR_GREEN), (3, COLOR_RED), (4, COLOR_YELLOW),
                                        (5, COLOR_BLUE), (6, COLOR_MAGENTA)]
        for (pair, fg) in colors { init_pair(pair, Int16(fg), background) }
        init_pair(7, Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        var t = Theme(attributes: Array(repeating: (0, 0), count: Style.allCases.count))
        t.set(.title, bold, 1); t.set(.muted, dim); t.set(.selected, reverse)
        t.set(.good, 0, 2); t.set(.bad, bold, 3); t.set(.warning, 0, 4)
        t.set(.accent, bold, 4); t.set(.bar, reverse); t.set(.barActive, bold, 7)
        t.set(.timeline, 0, 5)
        return t
    }

    private mutating func set(_ style: Style, _ attrs: attr_t, _ pair: Int16 = 0) {
        attributes[Int(style.rawValue)] = (attrs, pair)
    }

    subscript(style: Style) -> (attrs: attr_t, pair: Int16) { attributes[Int(style.rawValue)] }
}

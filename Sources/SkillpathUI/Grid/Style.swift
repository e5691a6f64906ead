/// How a cell looks, by meaning rather than by colour; the ``Theme`` turns it into attributes.
public enum Style: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    /// Headings and titles.
    case title
    /// Less important text: hints, units, empty timeline.
    case muted
    /// The selected row of a focused list.
    case selected
    /// A met requirement, a done step.
    case good
    /// An unmet requirement, an error.
    case bad
    /// A step in progress, a warning.
    case warning
    /// Key names and highlights.
    case accent
    /// The tab bar and status bar background.
    case bar
    /// The active tab.
    case barActive
    /// Timeline bars.
    case timeline
}

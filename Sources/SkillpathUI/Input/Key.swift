/// A key press, independent of curses.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case char(Character)
    /// Control plus a letter, e.g. `.ctrl("l")`.
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
    /// A key the program does not know.
    case unknown

    /// The key's name as the help screen shows it.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .function(let n): return "F\(n)"
        case .unknown: return "?"
        }
    }
}

/// A mouse event the interface reacts to.
public enum MouseButton: Hashable, Sendable {
    case click, doubleClick, wheelUp, wheelDown
}

/// One thing the user did, decoded from the bytes the terminal sent (see ``InputParser``).
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// A mouse report (SGR 1006 encoding).
    case mouse(MouseReport)
    /// Text pasted while bracketed paste was on, as one piece (not as keys).
    case paste(String)
}

/// A mouse report as the terminal sent it: which button, what happened, where, with which modifiers.
public struct MouseReport: Hashable, Sendable {
    /// The button a report is about.
    public enum Button: Hashable, Sendable {
        case left, middle, right
        case wheelUp, wheelDown, wheelLeft, wheelRight
        /// Motion with no button held (any-motion tracking).
        case none
        /// Buttons 8 to 11 (back, forward, …), numbered from 8.
        case extra(Int)
    }

    /// What happened to the button.
    public enum Kind: Hashable, Sendable {
        case press, release
        /// The pointer moved (with the button held, or with none).
        case motion
    }

    /// Shift, Alt (Meta) and Ctrl, as the report's button byte carries them.
    public struct Modifiers: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let shift = Modifiers(rawValue: 1)
        public static let alt = Modifiers(rawValue: 2)
        public static let ctrl = Modifiers(rawValue: 4)
    }

    public var button: Button
    public var kind: Kind
    /// Zero-based column and row of the cell.
    public var column: Int
    public var row: Int
    public var modifiers: Modifiers

    public init(button: Button, kind: Kind, column: Int, row: Int, modifiers: Modifiers = []) {
        self.button = button; self.kind = kind; self.column = column; self.row = row; self.modifiers = modifiers
    }
}

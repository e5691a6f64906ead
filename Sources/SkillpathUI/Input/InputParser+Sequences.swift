/// What complete CSI and SS3 sequences mean.
///
/// The sequences are those real terminals send (terminfo entries `xterm-256color`, `tmux-256color`,
/// `screen-256color`, `vte-256color`, `xterm-kitty`, `rxvt-unicode-256color`, `linux`; xterm's
/// ctlseqs for SGR mouse, bracketed paste and modifyOtherKeys; kitty's keyboard protocol for
/// `CSI … u`). Modifiers on navigation and function keys are ignored: Ctrl-↑ is ↑.
extension InputParser {
    /// One parameter of a CSI sequence and its sub-parameters (`97:65` in kitty's `CSI 97:65;2u`).
    struct Parameter: Hashable, Sendable {
        var values: [Int?]
        var first: Int? { values.first ?? nil }
        subscript(sub: Int) -> Int? { values.indices.contains(sub) ? values[sub] : nil }
    }

    /// The largest parameter value read; a larger one counts as missing (it means nothing here).
    static let maxParameter = 999_999

    /// The parameters of the stored sequence, after any private marker.
    var parameters: [Parameter] {
        var bytes = sequence[...]
        if let first = bytes.first, (0x3C...0x3F).contains(first) { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return [] }
        return bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map { field in
            Parameter(values: field.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false).map { digits in
                guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
                let value = digits.reduce(0) { min(Self.maxParameter + 1, $0 * 10 + Int($1 - 0x30)) }
                return value <= Self.maxParameter ? value : nil
            })
        }
    }

    /// Reads a complete CSI sequence (its bytes in ``sequence``, then `final`).
    mutating func finishCSI(final: UInt8, into events: inout [InputEvent]) {
        defer { sequence = [] }
        let marker = sequence.first.flatMap { (0x3C...0x3F).contains($0) ? $0 : nil }
        let hasIntermediate = sequence.contains { (0x20...0x2F).contains($0) }
        if marker == UInt8(ascii: "<") {
            if !hasIntermediate, let report = sgrMouse(final: final) { events.append(.mouse(report)) }
            return
        }
        // Private markers and intermediates are answers to queries this program does not make.
        guard marker == nil, !hasIntermediate else { return }
        let parameters = self.parameters
        let first = parameters.first?.first
        switch final {
        case UInt8(ascii: "A"), UInt8(ascii: "a"): events.append(.key(.up))
        case UInt8(ascii: "B"), UInt8(ascii: "b"): events.append(.key(.down))
        case UInt8(ascii: "C"), UInt8(ascii: "c"): events.append(.key(.right))
        case UInt8(ascii: "D"), UInt8(ascii: "d"): events.append(.key(.left))
        case UInt8(ascii: "H"): events.append(.key(.home))
        case UInt8(ascii: "F"): events.append(.key(.end))
        case UInt8(ascii: "Z"): events.append(.key(.backTab))
        // xterm's modified F1–F4 (`CSI 1;2P`); kitty's F1–F4 in some modes (`CSI P`).
        case UInt8(ascii: "P")...UInt8(ascii: "S") where first == nil || first == 1:
            events.append(.key(.function(Int(final - UInt8(ascii: "P")) + 1)))
        case UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "@"):
            if first == 200 && final == UInt8(ascii: "~") { beginPaste(); return }
            if first == 27, parameters.count >= 3, let code = parameters[2].first {
                // xterm's modifyOtherKeys: CSI 27 ; modifiers ; code ~
                if let key = Self.codepointKey(code, shifted: nil, modifiers: parameters[1].first ?? 1) { events.append(.key(key)) }
            } else if let first, let key = Self.tildeKey(first) {
                events.append(.key(key))
            }
        case UInt8(ascii: "u"):
            // kitty's keyboard protocol: CSI code[:shifted[:base]] ; modifiers[:event] [; text] u
            guard let code = parameters.first?.first else { return }
            let modifiers = parameters.count > 1 ? parameters[1] : Parameter(values: [])
            guard (modifiers[1] ?? 1) != 3 else { return }  // a key release
            if let key = Self.codepointKey(code, shifted: parameters.first?[1], modifiers: modifiers.first ?? 1) {
                events.append(.key(key))
            }
        default:
            break  // Focus in/out (`CSI I`, `CSI O`), keypad Begin (`CSI E`), and the rest: dropped.
        }
    }

    /// The key of `CSI n ~` (and rxvt's `^`, `$`, `@` endings): editing keys and F1–F20.
    static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: return .home      // 1: tmux, screen, linux; 7: rxvt
        case 4, 8: return .end       // 4: tmux, screen, linux; 8: rxvt
        case 3: return .delete
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)   // rxvt's F1–F4; F5 everywhere
        case 17...21: return .function(number - 11)
        case 23...26: return .function(number - 12)
        case 28, 29: return .function(number - 13)
        case 31...34: return .function(number - 14)
        default: return nil   // 2 (Insert), 201 (a stray paste end) and unknown numbers
        }
    }

    /// The key of a Unicode code point with xterm-style modifiers (1 + shift 1, alt 2, ctrl 4).
    static func codepointKey(_ code: Int, shifted: Int?, modifiers: Int) -> Key? {
        let bits = max(0, modifiers - 1)
        let shift = bits & 1 != 0, alt = bits & 2 != 0, ctrl = bits & 4 != 0
        guard !alt else { return nil }
        switch code {
        case 13: return .enter
        case 9: return shift ? .backTab : .tab
        case 27: return .escape
        case 8, 127: return .backspace
        default: break
        }
        guard let scalar = Unicode.Scalar(UInt32(clamping: code)),
              scalar.properties.generalCategory != .control,
              !(0xE000...0xF8FF).contains(scalar.value)   // kitty's functional keys (keypad, media…)
        else { return nil }
        if ctrl {
            guard scalar.isASCII, Character(scalar).isLetter else { return nil }
            return .ctrl(Character(scalar).lowercased().first!)
        }
        if shift, let shifted, let upper = Unicode.Scalar(UInt32(clamping: shifted)) { return .char(Character(upper)) }
        if shift, scalar.isASCII, Character(scalar).isLowercase { return .char(Character(scalar).uppercased().first!) }
        return .char(Character(scalar))
    }

    /// The key of `Esc O` and a final byte: application-mode cursor keys, F1–F4, keypad keys.
    static func ss3Key(final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"), UInt8(ascii: "a"): return .up      // a–d: rxvt's Ctrl+arrows
        case UInt8(ascii: "B"), UInt8(ascii: "b"): return .down
        case UInt8(ascii: "C"), UInt8(ascii: "c"): return .right
        case UInt8(ascii: "D"), UInt8(ascii: "d"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "P")...UInt8(ascii: "S"): return .function(Int(final - UInt8(ascii: "P")) + 1)
        case UInt8(ascii: "M"): return .enter
        case UInt8(ascii: "I"): return .tab
        // The keypad in application mode: * + , - . / 0–9 and =.
        case UInt8(ascii: "j")...UInt8(ascii: "y"): return .char(Character(Unicode.Scalar(final - UInt8(ascii: "j") + UInt8(ascii: "*"))))
        case UInt8(ascii: "X"): return .char("=")
        default: return nil
        }
    }

    /// An SGR (1006) mouse report: `CSI < button ; column ; row M` (press, motion) or `m` (release).
    func sgrMouse(final: UInt8) -> MouseReport? {
        let values = parameters.map(\.first)
        guard final == UInt8(ascii: "M") || final == UInt8(ascii: "m"), values.count == 3,
              let code = values[0], let column = values[1], let row = values[2], column >= 1, row >= 1 else { return nil }
        let low = code & 3
        let button: MouseReport.Button
        if code & 128 != 0 {
            button = .extra(8 + low)
        } else if code & 64 != 0 {
            button = [.wheelUp, .wheelDown, .wheelLeft, .wheelRight][low]
        } else {
            button = [.left, .middle, .right, .none][low]
        }
        let kind: MouseReport.Kind = final == UInt8(ascii: "m") ? .release : code & 32 != 0 ? .motion : .press
        var modifiers: MouseReport.Modifiers = []
        if code & 4 != 0 { modifiers.insert(.shift) }
        if code & 8 != 0 { modifiers.insert(.alt) }
        if code & 16 != 0 { modifiers.insert(.ctrl) }
        return MouseReport(button: button, kind: kind, column: column - 1, row: row - 1, modifiers: modifiers)
    }
}

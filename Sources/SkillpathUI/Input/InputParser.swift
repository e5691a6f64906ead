/// Turns the bytes a terminal sends into keys, mouse reports and pastes.
///
/// Pure: bytes in, ``InputEvent`` values out; no terminal, no clock. It keeps an incomplete tail
/// (half a UTF-8 character, an escape sequence split across reads) until the next call, and the
/// caller decides when a lone Esc is a key: after a short wait with no more bytes it calls
/// ``flush()`` (``tail`` says what is waiting).
///
/// Escape sequences are read whole, in the shape ECMA-48 gives them: CSI (`Esc [`, parameter
/// bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, a final byte 0x40–0x7E) and SS3 (`Esc O` and
/// one final byte). A complete sequence that means nothing here (Insert, focus reports, answers
/// to queries, an X10 mouse report) is dropped whole and never read as keys; a sequence longer
/// than ``maxSequenceLength`` is dropped up to its final byte without being stored. A control
/// byte or Esc inside a sequence ends it (as terminals do), and is then read as itself.
///
/// Esc followed at once by a byte that starts no sequence is read as Esc and then that key, as
/// ncurses does (Alt+key is not told apart from Esc, key).
public struct InputParser: Sendable {
    /// What an unfinished read is waiting for, so the caller can choose how long to wait.
    public enum Tail: Hashable, Sendable {
        /// Nothing: every byte so far made an event.
        case none
        /// A lone Esc: the Esc key, unless the rest of a sequence follows at once.
        case escape
        /// Part of an escape sequence or of a UTF-8 character.
        case sequence
        /// A bracketed paste whose end marker has not arrived.
        case paste
    }

    /// The longest escape sequence stored; longer ones are dropped to their final byte.
    public static let maxSequenceLength = 64
    /// The most bytes of one paste kept; the rest of the paste is dropped.
    public static let maxPasteBytes = 64 * 1024

    enum State: Hashable, Sendable {
        case ground, escape, csi, ss3
        /// The three bytes of an X10 mouse report (`Esc [ M` b x y), dropped whole.
        case x10(remaining: Int)
        /// The Linux console's F1–F5: `Esc [ [` and a letter.
        case linuxFunction
        /// The rest of an over-long sequence, up to its final byte.
        case discarding
        case paste
    }

    var state = State.ground
    /// The bytes of the sequence being read, after `Esc [` or `Esc O`.
    var sequence: [UInt8] = []
    /// The bytes of an unfinished UTF-8 character and how many it needs.
    private var utf8: [UInt8] = []
    private var utf8Needed = 0
    /// The paste so far, and how many bytes of the end marker have matched.
    private var pasted: [UInt8] = []
    private var pasteEndMatched = 0

    static let escapeByte: UInt8 = 0x1B
    /// `Esc [ 2 0 1 ~`: the end of a bracketed paste.
    private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    public init() {}

    /// What the bytes read so far leave unfinished.
    public var tail: Tail {
        switch state {
        case .ground: return utf8.isEmpty ? .none : .sequence
        case .escape: return .escape
        case .paste: return .paste
        default: return .sequence
        }
    }

    /// Reads bytes, returning the events they complete; an unfinished tail waits for the next call.
    public mutating func parse<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [InputEvent] {
        let bytes = Array(bytes)
        var events: [InputEvent] = []
        var i = 0
        while i < bytes.count {
            // The bulk of a paste, up to the next Esc, is kept in one step.
            if state == .paste && pasteEndMatched == 0 {
                let end = bytes[i...].firstIndex(of: Self.escapeByte) ?? bytes.count
                if end > i {
                    keepPasted(bytes[i..<end])
                    i = end
                    continue
                }
            }
            consume(bytes[i], into: &events)
            i += 1
        }
        return events
    }

    /// Ends what is unfinished after the caller's wait: a lone Esc is the Esc key, an unfinished
    /// paste is delivered as it is, and part of a sequence or character is dropped.
    public mutating func flush() -> [InputEvent] {
        var events: [InputEvent] = []
        switch state {
        case .escape: events.append(.key(.escape))
        case .paste: events.append(.paste(Self.text(pasted)))
        default: break
        }
        state = .ground
        sequence = []
        utf8 = []
        pasted = []
        pasteEndMatched = 0
        return events
    }

    private mutating func consume(_ byte: UInt8, into events: inout [InputEvent]) {
        switch state {
        case .ground:
            ground(byte, into: &events)
        case .escape:
            switch byte {
            case UInt8(ascii: "["): state = .csi; sequence = []
            case UInt8(ascii: "O"): state = .ss3; sequence = []
            case Self.escapeByte: events.append(.key(.escape))
            // The Linux console's Shift-Tab (terminfo `linux`: kcbt=\E^I).
            case 0x09: state = .ground; events.append(.key(.backTab))
            default:
                events.append(.key(.escape))
                state = .ground
                ground(byte, into: &events)
            }
        case .csi:
            if sequence.isEmpty && byte == UInt8(ascii: "M") { state = .x10(remaining: 3); return }
            if sequence.isEmpty && byte == UInt8(ascii: "[") { state = .linuxFunction; return }
            // rxvt ends Shift+key with `$` (`Esc [ 3 $`); elsewhere `$` is an intermediate byte
            // (the answer to a mode query, `Esc [ ? 1006 ; 1 $ y`).
            let isFinal = (0x40...0x7E).contains(byte) || (byte == UInt8(ascii: "$") && !hasPrivateMarker)
            if isFinal {
                state = .ground
                finishCSI(final: byte, into: &events)
            } else if (0x20...0x3F).contains(byte) {
                store(byte)
            } else {
                abortSequence(at: byte, into: &events)
            }
        case .ss3:
            if (0x40...0x7E).contains(byte) {
                state = .ground
                if let key = Self.ss3Key(final: byte) { events.append(.key(key)) }
            } else if (0x30...0x3F).contains(byte) {
                store(byte)
            } else {
                abortSequence(at: byte, into: &events)
            }
        case .x10(let remaining):
            state = remaining > 1 ? .x10(remaining: remaining - 1) : .ground
        case .linuxFunction:
            state = .ground
            if (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(byte) {
                events.append(.key(.function(Int(byte - UInt8(ascii: "A")) + 1)))
            } else if !(0x20...0x7E).contains(byte) {
                ground(byte, into: &events)
            }
        case .discarding:
            if (0x40...0x7E).contains(byte) { state = .ground }
            else if !(0x20...0x3F).contains(byte) { abortSequence(at: byte, into: &events) }
        case .paste:
            pasteByte(byte, into: &events)
        }
    }

    /// Whether the sequence begins with a private marker (`<`, `=`, `>`, `?`).
    private var hasPrivateMarker: Bool {
        guard let first = sequence.first else { return false }
        return (0x3C...0x3F).contains(first)
    }

    /// Stores a byte of a sequence, or gives up storing one that is too long.
    private mutating func store(_ byte: UInt8) {
        if sequence.count >= Self.maxSequenceLength {
            sequence = []
            state = .discarding
        } else {
            sequence.append(byte)
        }
    }

    /// Drops the sequence being read and reads `byte` afresh (a control byte or Esc ends a sequence).
    private mutating func abortSequence(at byte: UInt8, into events: inout [InputEvent]) {
        sequence = []
        state = .ground
        ground(byte, into: &events)
    }

    private mutating func ground(_ byte: UInt8, into events: inout [InputEvent]) {
        if !utf8.isEmpty {
            if (0x80...0xBF).contains(byte) {
                utf8.append(byte)
                if utf8.count == utf8Needed {
                    if let scalar = Self.scalar(utf8) { events.append(.key(.char(Character(scalar)))) }
                    utf8 = []
                }
                return
            }
            utf8 = []  // An invalid character: dropped, and this byte read afresh.
        }
        switch byte {
        case Self.escapeByte: state = .escape
        case 0x09: events.append(.key(.tab))
        case 0x0A, 0x0D: events.append(.key(.enter))
        case 0x08, 0x7F: events.append(.key(.backspace))
        case 0x01...0x1A: events.append(.key(.ctrl(Character(Unicode.Scalar(byte + 0x60)))))
        case 0x20...0x7E: events.append(.key(.char(Character(Unicode.Scalar(byte)))))
        case 0xC2...0xDF: utf8 = [byte]; utf8Needed = 2
        case 0xE0...0xEF: utf8 = [byte]; utf8Needed = 3
        case 0xF0...0xF4: utf8 = [byte]; utf8Needed = 4
        default: break  // NUL, 0x1C–0x1F, stray continuation bytes, bytes no UTF-8 uses.
        }
    }

    /// The character a complete UTF-8 sequence encodes; nil for overlong forms, surrogates and controls.
    private static func scalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
        var value = UInt32(bytes[0]) & (bytes.count == 2 ? 0x1F : bytes.count == 3 ? 0x0F : 0x07)
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        let smallest: UInt32 = bytes.count == 2 ? 0x80 : bytes.count == 3 ? 0x800 : 0x10000
        guard value >= smallest, let scalar = Unicode.Scalar(value),
              scalar.properties.generalCategory != .control else { return nil }
        return scalar
    }

    private mutating func pasteByte(_ byte: UInt8, into events: inout [InputEvent]) {
        let end = Self.pasteEnd
        if byte == end[pasteEndMatched] {
            pasteEndMatched += 1
            if pasteEndMatched == end.count {
                events.append(.paste(Self.text(pasted)))
                pasted = []
                pasteEndMatched = 0
                state = .ground
            }
            return
        }
        // Not the end marker after all: what matched was pasted text (the marker has one Esc, at its start).
        keepPasted(end.prefix(pasteEndMatched))
        pasteEndMatched = byte == Self.escapeByte ? 1 : 0
        if pasteEndMatched == 0 { keepPasted(CollectionOfOne(byte)) }
    }

    private mutating func keepPasted<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        pasted.append(contentsOf: bytes.prefix(max(0, Self.maxPasteBytes - pasted.count)))
    }

    /// Pasted bytes as text, without what is not valid UTF-8.
    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).filter { $0 != "\u{FFFD}" }
    }

    /// Starts a bracketed paste (called when `Esc [ 200 ~` is read).
    mutating func beginPaste() {
        state = .paste
        pasted = []
        pasteEndMatched = 0
    }
}

import Testing
@testable import SkillpathUI

/// A byte sequence a real terminal sends, where it is documented, and what it must read as.
struct TerminalSequence: Sendable, CustomTestStringConvertible {
    var terminal: String
    /// Where the bytes come from: a terminfo capability (`infocmp -x -1 TERM`) or a protocol document.
    var source: String
    var bytes: [UInt8]
    var expected: [InputEvent]

    init(_ terminal: String, _ source: String, _ text: String, _ expected: InputEvent...) {
        self.init(terminal, source, bytes: Array(text.utf8), expected)
    }

    init(_ terminal: String, _ source: String, bytes: [UInt8], _ expected: [InputEvent]) {
        self.terminal = terminal; self.source = source; self.bytes = bytes; self.expected = expected
    }

    var testDescription: String { "\(terminal) \(source) \(bytes.map { $0 == 0x1B ? "\\e" : $0 < 0x20 || $0 > 0x7E ? "\\x\(String($0, radix: 16))" : String(UnicodeScalar($0)) }.joined())" }
}

private let esc = "\u{1B}"
private func key(_ k: Key) -> InputEvent { .key(k) }
private func press(_ button: MouseReport.Button, column: Int, row: Int, _ modifiers: MouseReport.Modifiers = []) -> InputEvent {
    .mouse(MouseReport(button: button, kind: .press, column: column, row: row, modifiers: modifiers))
}

/// The sequences of the terminals people use, by terminfo entry (ncurses 6.4, ncurses-term 6.4,
/// kitty-terminfo 0.26) and by the protocol documents terminfo does not cover: xterm's ctlseqs
/// (SGR 1006 mouse, bracketed paste, modifyOtherKeys, focus events) and kitty's keyboard protocol.
let terminalSequences: [TerminalSequence] = [
    // xterm-256color: application mode (smkx) and normal mode (what a program with keypad off gets).
    TerminalSequence("xterm", "kcuu1", "\(esc)OA", key(.up)),
    TerminalSequence("xterm", "kcud1", "\(esc)OB", key(.down)),
    TerminalSequence("xterm", "kcuf1", "\(esc)OC", key(.right)),
    TerminalSequence("xterm", "kcub1 (normal mode)", "\(esc)[D", key(.left)),
    TerminalSequence("xterm", "kUP5", "\(esc)[1;5A", key(.up)),
    TerminalSequence("xterm", "kLFT5", "\(esc)[1;5D", key(.left)),
    TerminalSequence("xterm", "kRIT", "\(esc)[1;2C", key(.right)),
    TerminalSequence("xterm", "khome", "\(esc)OH", key(.home)),
    TerminalSequence("xterm", "kend", "\(esc)OF", key(.end)),
    TerminalSequence("xterm", "khome (normal mode)", "\(esc)[H", key(.home)),
    TerminalSequence("xterm", "kend (normal mode)", "\(esc)[F", key(.end)),
    TerminalSequence("xterm", "kHOM5", "\(esc)[1;5H", key(.home)),
    TerminalSequence("xterm", "kEND5", "\(esc)[1;5F", key(.end)),
    TerminalSequence("xterm", "kdch1", "\(esc)[3~", key(.delete)),
    TerminalSequence("xterm", "kDC5", "\(esc)[3;5~", key(.delete)),
    TerminalSequence("xterm", "kich1 (Insert: unused, dropped)", "\(esc)[2~"),
    TerminalSequence("xterm", "kpp", "\(esc)[5~", key(.pageUp)),
    TerminalSequence("xterm", "knp", "\(esc)[6~", key(.pageDown)),
    TerminalSequence("xterm", "kcbt", "\(esc)[Z", key(.backTab)),
    TerminalSequence("xterm", "kent", "\(esc)OM", key(.enter)),
    TerminalSequence("xterm", "kbs", "\u{7F}", key(.backspace)),
    TerminalSequence("xterm", "kf1", "\(esc)OP", key(.function(1))),
    TerminalSequence("xterm", "kf4", "\(esc)OS", key(.function(4))),
    TerminalSequence("xterm", "kf5", "\(esc)[15~", key(.function(5))),
    TerminalSequence("xterm", "kf6", "\(esc)[17~", key(.function(6))),
    TerminalSequence("xterm", "kf10", "\(esc)[21~", key(.function(10))),
    TerminalSequence("xterm", "kf12", "\(esc)[24~", key(.function(12))),
    TerminalSequence("xterm", "kf13 (Shift-F1)", "\(esc)[1;2P", key(.function(1))),
    TerminalSequence("xterm", "ctlseqs modifyOtherKeys Ctrl-U", "\(esc)[27;5;117~", key(.ctrl("u"))),
    TerminalSequence("xterm", "ctlseqs focus in", "\(esc)[I"),
    TerminalSequence("xterm", "ctlseqs focus out", "\(esc)[O"),
    TerminalSequence("xterm", "ctlseqs DA1 answer", "\(esc)[?64;1;2;6;22c"),
    TerminalSequence("xterm", "ctlseqs DA2 answer", "\(esc)[>41;390;0c"),
    TerminalSequence("xterm", "ctlseqs DECRPM answer", "\(esc)[?1006;1$y"),
    TerminalSequence("xterm", "ctlseqs cursor position report", "\(esc)[12;40R"),
    TerminalSequence("xterm", "xm SGR press", "\(esc)[<0;10;5M", press(.left, column: 9, row: 4)),
    TerminalSequence("xterm", "xm SGR release", "\(esc)[<0;10;5m",
                     .mouse(MouseReport(button: .left, kind: .release, column: 9, row: 4))),
    TerminalSequence("xterm", "xm SGR past column 223", "\(esc)[<0;300;40M", press(.left, column: 299, row: 39)),
    TerminalSequence("xterm", "xm SGR right, Ctrl", "\(esc)[<18;2;3M", press(.right, column: 1, row: 2, .ctrl)),
    TerminalSequence("xterm", "xm SGR middle, Shift+Alt", "\(esc)[<13;1;1M", press(.middle, column: 0, row: 0, [.shift, .alt])),
    TerminalSequence("xterm", "xm SGR wheel up", "\(esc)[<64;7;8M", press(.wheelUp, column: 6, row: 7)),
    TerminalSequence("xterm", "xm SGR wheel down", "\(esc)[<65;7;8M", press(.wheelDown, column: 6, row: 7)),
    TerminalSequence("xterm", "xm SGR wheel right", "\(esc)[<67;7;8M", press(.wheelRight, column: 6, row: 7)),
    TerminalSequence("xterm", "xm SGR drag (1002)", "\(esc)[<32;4;4M",
                     .mouse(MouseReport(button: .left, kind: .motion, column: 3, row: 3))),
    TerminalSequence("xterm", "xm SGR motion, no button (1003)", "\(esc)[<35;4;4M",
                     .mouse(MouseReport(button: .none, kind: .motion, column: 3, row: 3))),
    TerminalSequence("xterm", "xm SGR back button", "\(esc)[<128;4;4M", press(.extra(8), column: 3, row: 3)),
    TerminalSequence("xterm", "xm SGR column 0 (invalid)", "\(esc)[<0;0;4M"),
    TerminalSequence("xterm", "xm SGR two parameters (invalid)", "\(esc)[<0;4M"),
    TerminalSequence("xterm", "PS/PE bracketed paste", "\(esc)[200~hello world\(esc)[201~", .paste("hello world")),
    TerminalSequence("xterm", "PS/PE paste with newline and Esc", "\(esc)[200~a\nb\(esc)[Bc\(esc)[201~", .paste("a\nb\(esc)[Bc")),
    TerminalSequence("xterm", "PE alone (stray)", "\(esc)[201~"),

    // tmux-256color and screen-256color (the TERM inside tmux and screen).
    TerminalSequence("tmux", "khome", "\(esc)[1~", key(.home)),
    TerminalSequence("tmux", "kend (was: screen 4)", "\(esc)[4~", key(.end)),
    TerminalSequence("tmux", "kcuu1", "\(esc)OA", key(.up)),
    TerminalSequence("tmux", "kEND5", "\(esc)[1;5F", key(.end)),
    TerminalSequence("tmux", "kmous X10 (never asked for: dropped whole)", "\(esc)[M !!"),
    TerminalSequence("tmux", "kmous X10 past column 95", bytes: Array("\(esc)[M ".utf8) + [0xFF, 0xC0], []),
    TerminalSequence("screen", "kend", "\(esc)[4~", key(.end)),
    TerminalSequence("screen", "kf11", "\(esc)[23~", key(.function(11))),

    // VTE (gnome-terminal, TERM vte-256color or xterm-256color).
    TerminalSequence("VTE", "khome", "\(esc)OH", key(.home)),
    TerminalSequence("VTE", "kend", "\(esc)OF", key(.end)),
    TerminalSequence("VTE", "kLFT5", "\(esc)[1;5D", key(.left)),
    TerminalSequence("VTE", "kf13", "\(esc)[1;2P", key(.function(1))),
    TerminalSequence("VTE", "kf17", "\(esc)[15;2~", key(.function(5))),
    TerminalSequence("VTE", "xm SGR press", "\(esc)[<0;1;1M", press(.left, column: 0, row: 0)),

    // kitty (xterm-kitty) and its keyboard protocol (CSI … u, sent only if asked for).
    TerminalSequence("kitty", "kcuu1", "\(esc)OA", key(.up)),
    TerminalSequence("kitty", "khome", "\(esc)OH", key(.home)),
    TerminalSequence("kitty", "kDC5", "\(esc)[3;5~", key(.delete)),
    TerminalSequence("kitty", "kitty protocol a", "\(esc)[97u", key(.char("a"))),
    TerminalSequence("kitty", "kitty protocol Ctrl-W", "\(esc)[119;5u", key(.ctrl("w"))),
    TerminalSequence("kitty", "kitty protocol Shift-a with shifted key", "\(esc)[97:65;2u", key(.char("A"))),
    TerminalSequence("kitty", "kitty protocol Enter", "\(esc)[13u", key(.enter)),
    TerminalSequence("kitty", "kitty protocol Esc", "\(esc)[27u", key(.escape)),
    TerminalSequence("kitty", "kitty protocol release", "\(esc)[97;1:3u"),
    TerminalSequence("kitty", "kitty protocol KP_0 (functional, dropped)", "\(esc)[57399u"),
    TerminalSequence("kitty", "kitty protocol Alt-x (dropped)", "\(esc)[120;3u"),
    TerminalSequence("kitty", "kitty protocol flags answer", "\(esc)[?1u"),

    // rxvt-unicode-256color.
    TerminalSequence("rxvt", "khome", "\(esc)[7~", key(.home)),
    TerminalSequence("rxvt", "kend", "\(esc)[8~", key(.end)),
    TerminalSequence("rxvt", "kcuu1", "\(esc)[A", key(.up)),
    TerminalSequence("rxvt", "kLFT", "\(esc)[d", key(.left)),
    TerminalSequence("rxvt", "kLFT5", "\(esc)Od", key(.left)),
    TerminalSequence("rxvt", "kUP5", "\(esc)Oa", key(.up)),
    TerminalSequence("rxvt", "kDC5", "\(esc)[3^", key(.delete)),
    TerminalSequence("rxvt", "kEND5", "\(esc)[8^", key(.end)),
    TerminalSequence("rxvt", "kDC (Shift-Del)", "\(esc)[3$", key(.delete)),
    TerminalSequence("rxvt", "kf1", "\(esc)[11~", key(.function(1))),
    TerminalSequence("rxvt", "kf4", "\(esc)[14~", key(.function(4))),
    TerminalSequence("rxvt", "kf20", "\(esc)[34~", key(.function(20))),
    TerminalSequence("rxvt", "keypad 5 in application mode", "\(esc)Ou", key(.char("5"))),

    // The Linux console (TERM linux).
    TerminalSequence("linux", "kf1", "\(esc)[[A", key(.function(1))),
    TerminalSequence("linux", "kf5", "\(esc)[[E", key(.function(5))),
    TerminalSequence("linux", "kf6", "\(esc)[17~", key(.function(6))),
    TerminalSequence("linux", "khome", "\(esc)[1~", key(.home)),
    TerminalSequence("linux", "kend", "\(esc)[4~", key(.end)),
    TerminalSequence("linux", "kcbt", "\(esc)\t", key(.backTab)),
    TerminalSequence("linux", "keypad 5 (Begin: dropped)", "\(esc)[G"),
]

@Suite struct InputParserTests {
    static func parseAll(_ bytes: [UInt8]) -> [InputEvent] {
        var parser = InputParser()
        return parser.parse(bytes) + parser.flush()
    }

    @Test(arguments: terminalSequences)
    func realTerminalSequence(_ sequence: TerminalSequence) {
        #expect(Self.parseAll(sequence.bytes) == sequence.expected)
    }

    /// However the bytes are split across reads, the events are the same.
    @Test(arguments: terminalSequences)
    func sequenceSplitAcrossReads(_ sequence: TerminalSequence) {
        for cut in 1..<max(1, sequence.bytes.count) {
            var parser = InputParser()
            let events = parser.parse(sequence.bytes.prefix(cut)) + parser.parse(sequence.bytes.dropFirst(cut)) + parser.flush()
            #expect(events == sequence.expected, "split after byte \(cut)")
        }
        var parser = InputParser()
        let oneByOne = sequence.bytes.flatMap { parser.parse([$0]) } + parser.flush()
        #expect(oneByOne == sequence.expected, "one byte per read")
    }

    /// A sequence between two typed letters never eats them, and never leaves keys of its own.
    @Test(arguments: terminalSequences)
    func sequenceBetweenLettersStaysWhole(_ sequence: TerminalSequence) {
        let events = Self.parseAll(Array("x".utf8) + sequence.bytes + Array("y".utf8))
        #expect(events == [.key(.char("x"))] + sequence.expected + [.key(.char("y"))])
    }

    @Test func textAndControlKeys() {
        let events = Self.parseAll(Array("aZ é東😀\u{01}\u{15}\u{17}\u{05}\t\r\n\u{08}\u{7F}".utf8))
        #expect(events == [.char("a"), .char("Z"), .char(" "), .char("é"), .char("東"), .char("😀"),
                           .ctrl("a"), .ctrl("u"), .ctrl("w"), .ctrl("e"), .tab, .enter, .enter, .backspace, .backspace].map(InputEvent.key))
    }

    @Test func invalidUTF8IsDroppedAndWhatFollowsSurvives() {
        let cases: [[UInt8]] = [
            [0xFF], [0x80], [0xC0, 0xAF],               // a byte UTF-8 never uses, a stray continuation, an overlong '/'
            [0xC3, 0x28],                                 // a lead byte followed by ASCII
            [0xED, 0xA0, 0x80],                           // a surrogate
            [0xE0, 0x80, 0xAF],                           // an overlong three-byte form
            [0xF4, 0x90, 0x80, 0x80],                     // above U+10FFFF
            [0xC2, 0x9B],                                 // C1 control (CSI as one code point)
            [0xE6, 0x9D],                                 // cut short by the next key
        ]
        for bytes in cases {
            let events = Self.parseAll(bytes + Array("ok".utf8))
            let expected: [InputEvent] = bytes == [0xC3, 0x28] ? [.key(.char("(")), .key(.char("o")), .key(.char("k"))]
                                                                : [.key(.char("o")), .key(.char("k"))]
            #expect(events == expected, "\(bytes)")
        }
    }

    @Test func loneEscWaitsForTheCallerThenIsTheEscKey() {
        var parser = InputParser()
        #expect(parser.parse([0x1B]).isEmpty)
        #expect(parser.tail == .escape)
        #expect(parser.flush() == [.key(.escape)])
        #expect(parser.tail == .none)
        // Esc Esc: the first is a key at once, the second waits.
        #expect(parser.parse([0x1B, 0x1B]) == [.key(.escape)])
        #expect(parser.flush() == [.key(.escape)])
        // Esc then a key that starts no sequence: Esc, then the key (as ncurses reads Alt+key).
        #expect(Self.parseAll(Array("\(esc)q".utf8)) == [.key(.escape), .key(.char("q"))])
    }

    @Test func unfinishedSequenceWaitsAndIsDroppedOnFlush() {
        var parser = InputParser()
        #expect(parser.parse(Array("\(esc)[1;5".utf8)).isEmpty)
        #expect(parser.tail == .sequence)
        #expect(parser.flush().isEmpty, "half a sequence is never keys")
        #expect(parser.parse(Array("4".utf8)) == [.key(.char("4"))])
    }

    @Test func controlByteOrEscEndsASequence() {
        #expect(Self.parseAll(Array("\(esc)[1;\u{03}".utf8)) == [.key(.ctrl("c"))])
        #expect(Self.parseAll(Array("\(esc)[12\(esc)[4~".utf8)) == [.key(.end)])
        #expect(Self.parseAll(Array("\(esc)O\r".utf8)) == [.key(.enter)])
    }

    @Test func overLongSequenceIsBoundedAndDroppedWhole() {
        var parser = InputParser()
        let digits = [UInt8](repeating: UInt8(ascii: "1"), count: 100_000)
        #expect(parser.parse(Array("\(esc)[".utf8) + digits).isEmpty)
        #expect(parser.sequence.count <= InputParser.maxSequenceLength)
        #expect(parser.parse(Array("~q".utf8)) == [.key(.char("q"))], "dropped up to its final byte, then keys again")
        // Huge numbers neither overflow nor become a far-away click.
        #expect(Self.parseAll(Array("\(esc)[<0;99999999999999999999;2M".utf8)).isEmpty)
    }

    @Test func pasteIsBoundedAndFlushedWhenItsEndNeverComes() {
        var parser = InputParser()
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: InputParser.maxPasteBytes + 1000)
        let events = parser.parse(Array("\(esc)[200~".utf8) + big + Array("\(esc)[201~z".utf8))
        guard case .paste(let text)? = events.first else { Issue.record("no paste: \(events)"); return }
        #expect(text.utf8.count == InputParser.maxPasteBytes)
        #expect(events.dropFirst() == [.key(.char("z"))])

        #expect(parser.parse(Array("\(esc)[200~half".utf8)).isEmpty)
        #expect(parser.tail == .paste)
        #expect(parser.flush() == [.paste("half")])
        #expect(Self.parseAll(Array("\(esc)[200~caf".utf8) + [0xC3, 0xA9, 0xFF] + Array("\(esc)[201~".utf8)) == [.paste("café")])
    }

    @Test func noByteStringCrashesTheParser() {
        // A seeded pseudo-random stream, half of it bytes that sequences are made of.
        var generator = SplitMix(seed: 11)
        var parser = InputParser()
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0...255, using: &generator)
                                               : Array("\u{1B}[O<;0123456789~Mm$u".utf8).randomElement(using: &generator)!
            }
            _ = parser.parse(bytes)
            #expect(parser.sequence.count <= InputParser.maxSequenceLength)
        }
        _ = parser.flush()
        #expect(parser.tail == .none)
    }
}

import CNcursesw
import SkillpathUI
import Foundation

/// The one type that talks to ncurses: sets the terminal up, paints grids, reads input, restores.
///
/// Everything else in the interface works on ``Grid`` values and ``Input`` values.
///
/// Input is read as raw bytes (keypad off: curses decodes no keys and waits for no Esc) and
/// decoded by the pure ``InputParser``; only a resize still comes from curses (`KEY_RESIZE`).
/// Mouse reporting is xterm's SGR 1006 encoding (columns past 223 work), and pastes are bracketed.
public final class Terminal {
    /// What reading the terminal produced.
    public enum Input: Equatable, Sendable {
        case key(Key)
        case mouse(x: Int, y: Int, MouseButton)
        /// Text pasted (bracketed paste), to go into a text field as a whole.
        case paste(String)
        case resize(width: Int, height: Int)
        /// The terminal went away (its window closed): time to exit.
        case hangup
    }

    /// Why the terminal could not be opened.
    public enum OpenError: Error, CustomStringConvertible {
        case notATerminal
        case unusableTerm(String)
        public var description: String {
            switch self {
            case .notATerminal:
                return "skillpath: the interactive interface needs a terminal (standard input and output are not one); use `skillpath plan`, `skillpath roles` or `skillpath catalog` in scripts"
            case .unusableTerm(let term):
                return "skillpath: cannot use the terminal type \"\(term)\" (TERM): it is unknown here or cannot move the cursor; set TERM to one your system knows, e.g. TERM=xterm-256color"
            }
        }
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let theme: Theme
    private var previous: Grid?
    private var closed = false
    private var scratch: [wchar_t] = []
    private var headlessFiles: [UnsafeMutablePointer<FILE>] = []
    private var parser = InputParser()
    private var clicks = MouseClicks()
    public private(set) var mouseEnabled = false

    /// Mouse reporting: button presses and the wheel (1000) in the SGR encoding (1006).
    private static let mouseOn = "\u{1B}[?1000h\u{1B}[?1006h"
    private static let mouseOff = "\u{1B}[?1006l\u{1B}[?1000l"
    /// Bracketed paste (2004): pasted text arrives between `Esc [ 200 ~` and `Esc [ 201 ~`. The
    /// restore bytes of the shim turn it and every mouse mode off again.
    private static let pasteOn = "\u{1B}[?2004h"

    /// Opens the controlling terminal (standard input and output).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(OpenError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw .unusableTerm(term) }
        // The user's locale first (before initscr/newterm, or wide text is garbled); text is drawn
        // as UTF-8 even when the environment names no UTF-8 locale.
        setlocale(LC_ALL, "")
        _ = Self.utf8Locale
        sp_install_restore_handlers()
        sp_save_terminal_state()
        guard let screen = newterm(nil, sp_stdout(), sp_stdin()) else { throw .unusableTerm(term) }
        sp_prepare_restore_bytes()
        sp_set_curses_active(1)
        guard sp_can_address_cursor() != 0 else {
            if sp_claim_restore() != 0 { endwin() }
            delscreen(screen)
            throw .unusableTerm(term)
        }
        self.screen = screen
        set_term(screen)
        window = sp_stdscr()!
        theme = Theme.forTerminal(environment: environment)
        Self.configure(window)
        writeToTerminal(Self.pasteOn)
    }

    /// Opens a screen with no terminal behind it (output to /dev/null), for tests.
    public init(headlessWidth width: Int, height: Int, term: String = "xterm-256color") throws(OpenError) {
        _ = Self.utf8Locale
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { throw .notATerminal }
        guard let screen = newterm(term, output, input) else { throw .unusableTerm(term) }
        self.screen = screen
        headlessFiles = [output, input]
        set_term(screen)
        resizeterm(Int32(height), Int32(width))
        window = sp_stdscr()!
        theme = Theme.monochrome()
        Self.configure(window)
    }

    /// Whether the character-type locale is UTF-8 (ncursesw draws wide text only then): the
    /// environment's when it is, else C.UTF-8; set once, on first use.
    static let utf8Locale: Bool = {
        if sp_codeset_is_utf8() != 0 { return true }
        if setlocale(LC_CTYPE, "") != nil, sp_codeset_is_utf8() != 0 { return true }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, sp_codeset_is_utf8() != 0 { return true }
        return setlocale(LC_CTYPE, "C.utf8") != nil && sp_codeset_is_utf8() != 0
    }()

    private static func configure(_ window: UnsafeMutablePointer<WINDOW>) {
        cbreak()
        noecho()
        nonl()
        // Raw bytes for the InputParser: no key decoding, no Esc delay, all eight bits.
        keypad(window, false)
        meta(window, true)
        curs_set(0)
        leaveok(window, true)
    }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Turns mouse reporting on or off (off leaves text selection to the terminal).
    public func setMouse(_ enabled: Bool) {
        writeToTerminal(enabled ? Self.mouseOn : Self.mouseOff)
        mouseEnabled = enabled
    }

    /// Writes mode-setting bytes to the terminal (not in headless mode). Curses has flushed its
    /// own output at the end of the last paint, so these bytes come after it.
    private func writeToTerminal(_ text: String) {
        guard headlessFiles.isEmpty else { return }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            bytes = bytes.dropFirst(n)
        }
    }

    /// Paints a frame, writing only the cells that differ from the last one (``Grid/diff(_:_:)``).
    public func paint(_ grid: Grid) {
        let diff = Grid.diff(previous, grid)
        if diff.clearsScreen { werase(window) }
        for run in diff.runs { paintRun(run) }
        previous = grid
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets the last frame, so the next paint redraws everything.
    public func invalidate() {
        previous = nil
        clearok(window, true)
    }

    /// Draws one run, a call to curses per stretch of cells of one style.
    private func paintRun(_ run: Grid.Run) {
        var i = 0
        while i < run.cells.count {
            let style = run.cells[i].style
            let start = i
            scratch.removeAll(keepingCapacity: true)
            while i < run.cells.count && run.cells[i].style == style {
                for scalar in run.cells[i].text.unicodeScalars { scratch.append(wchar_t(bitPattern: scalar.value)) }
                i += 1
            }
            let look = theme[style]
            _ = scratch.withUnsafeBufferPointer { buffer in
                sp_put(window, Int32(run.row), Int32(run.column + start), buffer.baseAddress, Int32(buffer.count), look.attrs, look.pair)
            }
        }
    }

    /// Waits for input: up to `timeoutMilliseconds` (negative waits for ever); empty on timeout.
    ///
    /// Reads every byte available, then gives the parser a short wait for the rest of an
    /// unfinished sequence (25 ms for a lone Esc, as ncurses' ESCDELAY was); when none comes,
    /// a lone Esc is the Esc key and half a sequence is dropped.
    public func read(timeoutMilliseconds: Int) -> [Input] {
        var inputs: [Input] = []
        var wait = timeoutMilliseconds
        while true {
            var bytes: [UInt8] = []
            wtimeout(window, Int32(wait))
            var code = wgetch(window)
            while code != ERR {
                if code == KEY_RESIZE {
                    let s = size
                    inputs.append(.resize(width: s.width, height: s.height))
                } else if (0...255).contains(code) {
                    bytes.append(UInt8(code))
                }
                guard bytes.count < 4096 else { break }
                wtimeout(window, 0)
                code = wgetch(window)
            }
            if bytes.isEmpty && inputs.isEmpty {
                guard parser.tail != .none else { return inputIsGone ? [.hangup] : [] }
                return convert(parser.flush())
            }
            inputs += convert(parser.parse(bytes))
            guard inputs.isEmpty, let patience = Self.patience(parser.tail) else { return inputs }
            wait = patience
        }
    }

    /// How long to wait for the rest of what the parser has begun, in milliseconds.
    private static func patience(_ tail: InputParser.Tail) -> Int? {
        switch tail {
        case .none: return nil
        case .escape: return 25
        case .sequence: return 100
        case .paste: return 1_000
        }
    }

    /// The parser's events as terminal input: mouse reports become clicks (none while the mouse is off).
    private func convert(_ events: [InputEvent]) -> [Input] {
        events.compactMap { event in
            switch event {
            case .key(let key): return .key(key)
            case .paste(let text): return .paste(text)
            case .mouse(let report):
                guard mouseEnabled else { return nil }
                let now = Int(DispatchTime.now().uptimeNanoseconds / 1_000_000)
                return clicks.button(for: report, atMilliseconds: now).map { .mouse(x: report.column, y: report.row, $0) }
            }
        }
    }

    /// Whether standard input has hung up (the terminal closed), so reads fail at once for ever.
    private var inputIsGone: Bool {
        guard headlessFiles.isEmpty else { return false }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Reads back one row of the screen as curses holds it (for tests).
    public func screenLine(_ y: Int) -> String {
        var buffer = [wchar_t](repeating: 0, count: size.width * 4 + 1)
        let n = buffer.withUnsafeMutableBufferPointer { mvwinnwstr(window, Int32(y), 0, $0.baseAddress, Int32($0.count - 1)) }
        guard n != sp_err() else { return "" }
        let scalars = buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        var text = String(String.UnicodeScalarView(scalars))
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// Writes bytes as they are to the terminal's output (stdout, or /dev/null when headless),
    /// after curses' own output: for sequences curses does not know (OSC 52).
    func writeRaw(_ bytes: [UInt8]) {
        let file = headlessFiles.first ?? sp_stdout()
        fflush(file)
        bytes.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        fflush(file)
    }

    /// Restores the terminal (leaves curses mode). Safe to call twice, and from any exit path: the
    /// restore happens once, here or in the signal handler that got there first (see the shim).
    public func close() {
        guard !closed else { return }
        closed = true
        if headlessFiles.isEmpty {
            if sp_claim_restore() != 0 {
                endwin()
                // endwin leaves some modes on (mouse reporting, bracketed paste, keypad after a
                // crash elsewhere); these bytes and the saved stty settings put everything back.
                sp_restore_raw()
            }
        } else {
            endwin()
        }
        delscreen(screen)
        for file in headlessFiles { fclose(file) }
    }

    deinit { close() }
}

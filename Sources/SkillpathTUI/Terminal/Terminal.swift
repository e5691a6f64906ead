import CNcursesw
import SkillpathUI
import Foundation

/// The one type that talks to ncurses: sets the terminal up, paints grids, reads input, restores.
///
/// Everything else in the interface works on ``Grid`` values and ``Input`` values.
public final class Terminal {
    /// What reading the terminal produced.
    public enum Input: Equatable, Sendable {
        case key(Key)
        case mouse(x: Int, y: Int, MouseButton)
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
    public private(set) var mouseEnabled = false

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
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        leaveok(window, true)
    }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Turns mouse reporting on or off (off leaves text selection to the terminal).
    public func setMouse(_ enabled: Bool) {
        let mask: mmask_t = enabled ? (sp_button1_clicked() | sp_button1_double_clicked() | sp_button1_pressed()
                                       | sp_button4_pressed() | sp_button5_pressed()) : 0
        mousemask(mask, nil)
        mouseinterval(enabled ? 150 : 0)
        mouseEnabled = enabled
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

    /// Waits for input: up to `timeoutMilliseconds` (negative waits for ever); nil on timeout.
    public func read(timeoutMilliseconds: Int) -> Input? {
        wtimeout(window, Int32(timeoutMilliseconds))
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if result == sp_key_code_yes() { return keyCode(Int32(value)) }
        if result == sp_ok() { return .key(Self.character(UInt32(value))) }
        return inputIsGone ? .hangup : nil
    }

    /// Whether standard input has hung up (the terminal closed), so reads fail at once for ever.
    private var inputIsGone: Bool {
        guard headlessFiles.isEmpty else { return false }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func keyCode(_ code: Int32) -> Input? {
        switch code {
        case KEY_RESIZE:
            let s = size
            return .resize(width: s.width, height: s.height)
        case KEY_MOUSE:
            var x: Int32 = 0, y: Int32 = 0
            var state: mmask_t = 0
            guard sp_getmouse(&x, &y, &state) == sp_ok() else { return nil }
            let button: MouseButton
            if state & sp_button4_pressed() != 0 { button = .wheelUp }
            else if state & sp_button5_pressed() != 0 { button = .wheelDown }
            else if state & sp_button1_double_clicked() != 0 { button = .doubleClick }
            else if state & (sp_button1_clicked() | sp_button1_pressed()) != 0 { button = .click }
            else { return nil }
            return .mouse(x: Int(x), y: Int(y), button)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
        default: return .key(.unknown)
        }
    }

    /// Maps a character read by `get_wch` to a key.
    static func character(_ value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return .unknown
        default:
            guard let scalar = Unicode.Scalar(value), TextWidth.width(of: scalar) >= 0 else { return .unknown }
            return .char(Character(scalar))
        }
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
                if mouseEnabled { mousemask(0, nil) }
                endwin()
                // endwin leaves some modes on after a crash elsewhere (keypad, mouse); these bytes
                // and the saved stty settings put everything back.
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

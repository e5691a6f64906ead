import ArgumentParser

/// `skillpath tui`: the full-screen curses interface (also what `skillpath` alone starts).
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen terminal interface."
    )

    @Option(name: .long, help: "The catalog directory (default: the shipped catalog).")
    var catalog: String?

    @Flag(name: .long, help: "Do not capture the mouse, so the terminal's own text selection works.")
    var noMouse = false

    func run() throws {
        // Placeholder until the curses front end lands (owned by the TUI work).
        print("The terminal interface is not built yet.")
    }
}

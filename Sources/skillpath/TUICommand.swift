import ArgumentParser
import Foundation
import SkillpathCore
import SkillpathTUI
import SkillpathUI

/// `skillpath tui`: the full-screen curses interface (also what `skillpath` alone starts).
struct TUICommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen terminal interface.",
        discussion: "Press ? inside for the keys. Needs a terminal; in scripts use `plan`, `roles` and `catalog`."
    )

    @OptionGroup var catalogOption: CatalogOption

    @Flag(name: .long, help: "Do not capture the mouse, so the terminal's own text selection works (M toggles it inside).")
    var noMouse = false

    mutating func execute() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Output.standardError(Terminal.OpenError.notATerminal.description)
            throw ExitCode(2)
        }
        let catalog = try catalogOption.load()
        let storage = StoreBackedStorage(home: DataHome.resolve(), catalog: catalog)
        let planner = Planner(catalog: catalog)
        // The shipped examples beside the base catalog, offered by the guided setup.
        let examples = (try? catalogOption.directory()).flatMap(ExampleProfile.directory(besideCatalog:))
            .map { ExampleProfile.load(directory: $0, catalog: catalog).examples } ?? []
        let runner = AppRunner(.init(catalog: catalog, storage: storage, mouse: !noMouse, examples: examples) { request in
            do { return .success(try planner.plan(request)) } catch { return .failure(Failure("\(error)")) }
        })
        do {
            try runner.run()
        } catch {
            Output.standardError("\(error)")
            throw ExitCode(2)
        }
    }
}

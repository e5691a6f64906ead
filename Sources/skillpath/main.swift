import ArgumentParser
import SkillpathCore
import Foundation

// Temporary entry point; the command-line work replaces this with the full command tree.
if CommandLine.arguments.count > 1, CommandLine.arguments[1] != "tui" {
    let r = CatalogLoader.check(directory: CommandLine.arguments[1])
    for d in r.diagnostics { print(d) }
    print("\(r.catalog?.credentials.count ?? 0) credentials, \(r.errors.count) errors, \(r.warnings.count) warnings")
} else {
    TUICommand.main()
}

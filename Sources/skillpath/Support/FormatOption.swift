import ArgumentParser
import SkillpathCore

/// `--format text|json`, shared by every command that lists or shows something.
struct FormatOption: ParsableArguments {
    /// The two ways a listing or a record is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .long, help: "text, or json (the shapes are in docs/CLI.md).")
    var format: Format = .text

    /// Prints a JSON value, indented, with a final newline.
    static func write(_ json: JSONOutput) {
        Output.write(json.rendered(pretty: true) + "\n")
    }
}

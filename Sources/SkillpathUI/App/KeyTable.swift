/// The one table of key bindings: ``update(_:_:)`` dispatches on it and the help screen is made from it.
public enum KeyTable {
    public static let bindings: [KeyBinding] = {
        var b: [KeyBinding] = []
        func add(_ scope: BindingScope, _ keys: [Key], _ command: Command, _ help: String, hint: String? = nil) {
            b.append(KeyBinding(keys: keys, command: command, scope: scope, help: help, hint: hint))
        }
        add(.global, [.tab], .nextScreen, "next screen", hint: "screens")
        add(.global, [.backTab], .previousScreen, "previous screen")
        for screen in Screen.allCases {
            add(.global, [.char(Character(String(screen.rawValue)))], .show(screen), "\(screen.title) screen")
        }
        add(.global, [.up, .char("k")], .up, "move up")
        add(.global, [.down, .char("j")], .down, "move down")
        add(.global, [.pageUp, .ctrl("b")], .pageUp, "page up")
        add(.global, [.pageDown, .ctrl("f")], .pageDown, "page down")
        add(.global, [.home, .char("g")], .top, "first row")
        add(.global, [.end, .char("G")], .bottom, "last row")
        add(.global, [.escape], .cancel, "cancel, close, clear the search")
        add(.global, [.char("/")], .search, "filter the list as you type (Enter keeps, Esc clears)", hint: "filter")
        add(.global, [.char("?"), .function(1)], .help, "this help", hint: "help")
        add(.global, [.ctrl("l")], .redraw, "redraw the screen")
        add(.global, [.char("M")], .toggleMouse, "mouse on/off (off: the terminal selects text)")
        add(.global, [.char("q")], .quit, "quit (asks when a plan is unsaved)", hint: "quit")

        add(.screen(.catalog), [.char("/")], .search, "search as you type (Enter keeps, Esc clears)", hint: "search")
        add(.screen(.catalog), [.enter, .char("i")], .showDetails, "the whole detail, scrollable", hint: "detail")
        add(.screen(.catalog), [.char("s")], .cycleSort, "sort by title, price, hours, provider (or click a column)", hint: "sort")
        add(.screen(.catalog), [.char("S")], .reverseSort, "reverse the order", hint: "reverse")
        add(.screen(.catalog), [.char("p")], .filterProvider, "filter by provider", hint: "provider")
        add(.screen(.catalog), [.char("t")], .filterType, "filter by type")
        add(.screen(.catalog), [.char("c")], .filterCategory, "filter by skill category")
        add(.screen(.catalog), [.char("a")], .toggleAccredited, "accredited only on/off")
        add(.screen(.catalog), [.char("$")], .maxPrice, "maximum price")
        add(.screen(.catalog), [.char("h")], .maxHours, "maximum hours")
        add(.screen(.catalog), [.char("0")], .clearFilters, "clear all filters and the search", hint: "clear")
        add(.screen(.catalog), [.char("e")], .toggleEarned, "mark earned / not earned", hint: "earned")
        add(.screen(.catalog), [.char("o")], .openLink, "open the credential's web page (xdg-open / open)", hint: "open link")
        add(.screen(.catalog), [.char("y")], .copyLink, "copy the credential's link (OSC 52)", hint: "copy link")

        add(.screen(.roles), [.enter], .planRole, "plan this role", hint: "plan role")
        add(.screen(.roles), [.char("i")], .showDetails, "the whole detail, scrollable", hint: "detail")
        add(.screen(.roles), [.char("s")], .cycleSort, "sort by role, O*NET, met, best plan, hours (or click a column)", hint: "sort")
        add(.screen(.roles), [.char("S")], .reverseSort, "reverse the order", hint: "reverse")
        add(.screen(.roles), [.char("0")], .clearFilters, "clear the filter")

        add(.screen(.profile), [.enter], .edit, "change the selected setting", hint: "change")
        add(.screen(.profile), [.char("+"), .char("="), .right], .raise, "raise a level / increase", hint: "more")
        add(.screen(.profile), [.char("-"), .left], .lower, "lower a level / decrease", hint: "less")
        add(.screen(.profile), [.char("a")], .addSkill, "add a skill", hint: "add skill")
        add(.screen(.profile), [.char("d"), .delete], .remove, "remove the skill or credential, clear the setting", hint: "remove")
        add(.screen(.profile), [.char("s")], .setup, "guided setup: role, skills, settings, plan", hint: "setup")

        add(.screen(.plan), [.enter, .char(" ")], .cycleStep, "step: todo → in progress → done", hint: "status")
        add(.screen(.plan), [.char("x")], .skipStep, "skip the step / unskip", hint: "skip")
        add(.screen(.plan), [.char("a")], .alternatives, "alternatives for the step, with their effect (pins the choice)", hint: "swap")
        add(.screen(.plan), [.char("r")], .replan, "re-plan from progress (done = earned)", hint: "re-plan")
        add(.screen(.plan), [.char("S")], .savePlan, "save under a name", hint: "save")
        add(.screen(.plan), [.char("u")], .releasePin, "release the step's pin (◆), r then re-plans to the optimum", hint: "unpin")
        add(.screen(.plan), [.char("m")], .exportPlan, "export: Markdown, JSON or iCalendar (asks before replacing a file)", hint: "export")
        add(.screen(.plan), [.char("i")], .showDetails, "the step's whole detail, scrollable", hint: "detail")
        add(.screen(.plan), [.char("o")], .openLink, "open the step's web page (xdg-open / open)", hint: "open link")
        add(.screen(.plan), [.char("y")], .copyLink, "copy the step's link (OSC 52)", hint: "copy link")

        add(.screen(.plans), [.enter], .openPlan, "open the plan", hint: "open")
        add(.screen(.plans), [.char("R")], .renamePlan, "rename", hint: "rename")
        add(.screen(.plans), [.char("d"), .delete], .deletePlan, "delete (asks first)", hint: "delete")
        add(.screen(.plans), [.char("m")], .exportPlan, "export to Markdown and iCalendar (NAME.md, NAME.ics)", hint: "export")
        add(.screen(.plans), [.char("s")], .cycleSort, "sort by name, role, progress, saved (or click a column)", hint: "sort")
        add(.screen(.plans), [.char("S")], .reverseSort, "reverse the order", hint: "reverse")
        add(.screen(.plans), [.char("0")], .clearFilters, "clear the filter")
        return b
    }()

    /// The command a key runs on a screen: the screen's own binding first, then the global one.
    public static func command(for key: Key, on screen: Screen) -> Command? {
        if let b = bindings.first(where: { $0.scope == .screen(screen) && $0.keys.contains(key) }) { return b.command }
        return bindings.first(where: { $0.scope == .global && $0.keys.contains(key) })?.command
    }

    /// The help screen's lines: the current screen's keys first, then the global ones, then the rest.
    static func helpLines(current: Screen) -> [(keys: String, help: String, heading: Bool)] {
        var scopes: [BindingScope] = [.screen(current), .global]
        scopes += Screen.allCases.filter { $0 != current }.map { .screen($0) }
        var lines: [(String, String, Bool)] = []
        for scope in scopes {
            let rows = bindings.filter { $0.scope == scope }
            guard !rows.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((scope.title, "", true))
            var digitsShown = false
            for row in rows {
                if case .show = row.command {
                    if !digitsShown { lines.append(("1–5", "open a screen (Catalog, Roles, Profile, Plan, Plans)", false)) }
                    digitsShown = true
                    continue
                }
                lines.append((row.keys.map(\.label).joined(separator: " "), row.help, false))
            }
        }
        lines.append(("", "", false))
        lines.append(("Typing (filters, search, names, numbers, pickers)", "", true))
        for key in typingKeys.dropLast() { lines.append((key.keys, key.help, false)) }
        for line in TextField.keyHelp { lines.append((line.keys, line.help, false)) }
        if let move = typingKeys.last { lines.append((move.keys, move.help, false)) }  // the list moves last
        return lines
    }

    /// The keys around every text being typed (a filter, a prompt, a picker), with the field's
    /// own editing keys (``TextField/keyHelp``): the help's last section and the status line's
    /// hints while typing.
    static let typingKeys: [(keys: String, help: String, hint: String?)] = [
        ("Enter", "confirm, keep the filter", "keep"),
        ("Esc", "cancel, clear the filter", "clear"),
        ("↑ ↓ PgUp PgDn", "move in the list while typing", "move"),
    ]
}

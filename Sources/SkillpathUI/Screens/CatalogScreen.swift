import SkillpathCore

/// The Catalog screen: search and filter line, the credential list, the selected credential's detail.
func renderCatalog(_ state: AppState, _ layout: Layout, into grid: inout Grid) {
    let view = state.catalogView
    let (list, detail) = layout.catalog
    let top = layout.body.y

    // Search and filter line.
    var x = grid.put(view.searching ? "Search: " : "/ Search: ", x: 0, y: top, style: view.searching ? .accent : .muted)
    if view.search.isEmpty && !view.searching {
        x += grid.put("—", x: x, y: top, style: .normal)
    } else {
        x += grid.putField(view.searchField, x: x, y: top, maxWidth: max(10, list.width / 3), showsCursor: view.searching)
    }
    var filters: [String] = []
    let f = view.filter
    if let p = f.provider { filters.append(state.catalog.provider(p)?.name ?? p) }
    if let t = f.type { filters.append(t.rawValue) }
    if let c = f.category { filters.append(c) }
    if f.accreditedOnly { filters.append("accredited") }
    if let m = f.maxPrice { filters.append("≤ " + state.money(m)) }
    if let m = f.maxHours { filters.append("≤ \(formatNumber(m)) h") }
    let count = "\(view.results.count) of \(state.catalog.credentials.count) · sort \(view.sort.rawValue)\(view.descending ? " ▼" : "")"
    let info = (filters.isEmpty ? "" : "  [" + filters.joined(separator: ", ") + "]") + "  " + count
    grid.put(info, x: x, y: top, maxWidth: grid.width - x, style: .muted)

    // Column header and rows.
    let cols = CatalogColumns(width: list.width)
    grid.put(cols.listHeader.text(sort: view.list.sort), x: list.x, y: top + 1, maxWidth: list.width, style: .title)
    let earned = Set(state.profile.earned)
    grid.drawList(list, count: view.results.count, cursor: view.cursor) { i in
        let c = state.catalog.credentials[view.results[i]]
        return (cols.row(c, state: state, earned: earned.contains(c.id)), .normal)
    }
    if view.results.isEmpty {
        grid.put(state.catalog.credentials.isEmpty ? "The catalog has no credentials." : "Nothing matches: Esc clears the search, 0 the filters.",
                 x: list.x + 1, y: list.y, maxWidth: list.width - 1, style: .muted)
    }

    if layout.compact { grid.hline(x: 0, y: detail.y - 1, width: grid.width) } else { grid.vline(x: list.width + 1, y: layout.body.y, height: layout.body.height) }
    if let credential = state.selectedCredential {
        grid.draw(credentialDetail(credential, state: state, width: detail.width), in: detail)
    }
}

/// The detail pane for a credential.
func credentialDetail(_ c: Credential, state: AppState, width: Int) -> TextBlock {
    let catalog = state.catalog
    let text = ConditionText(catalog: catalog, profile: state.profile)
    var b = TextBlock(width: width)
    b.add(c.title, .title)
    let total = catalog.total(of: c)
    var facts = [catalog.provider(c.provider)?.name ?? c.provider, c.type.rawValue]
    if !total.isStacked { facts += ["\(formatNumber(c.hours)) h", state.money(c.price)] }
    if c.accredited { facts.append("accredited") }
    if c.verifiable { facts.append("verifiable badge") }
    if let format = c.format { facts.append(format) }
    b.add(facts.joined(separator: " · "), .muted)
    if total.isStacked { b.add("Total " + total.words(currency: catalog.info.currency)) }
    if let issuer = c.issuer, issuer != c.provider { b.add("Awarded by \(catalog.provider(issuer)?.name ?? issuer)", .muted) }
    if let layer = c.layer { b.add("From the catalog layer \(layer)", .muted) }
    if state.profile.earned.contains(c.id) { b.add("✓ Earned (e to unmark)", .good) }
    if let summary = c.summary, !summary.isEmpty { b.blank(); b.add(summary) }
    b.blank()
    b.add("Skills it grants", .title)
    if c.skills.isEmpty { b.add("  none listed", .muted) }
    for s in c.skills {
        let name = catalog.skill(s.skill)?.name ?? s.skill
        let levelName = SkillLevel.names.indices.contains(s.level) ? SkillLevel.names[s.level] : ""
        b.add("  \(name) — level \(s.level) \(levelName)", indent: 4)
    }
    if !c.requires.isEmpty {
        b.blank()
        b.add("Prerequisites", .title)
        for condition in c.requires {
            b.add("  \(text.mark(condition)) \(text.describe(condition))", markStyle(text.met(condition)), indent: 4)
        }
    }
    if let stack = c.stack {
        b.blank()
        b.add(stack.count == stack.of.count ? "Stacked from (all of)" : "Stacked from (\(stack.count) of \(stack.of.count))", .title)
        let counted = stack.count == stack.of.count ? "all its parts" : "its cheapest \(stack.count)"
        b.add("  The total is its own \(state.money(c.price)) · \(formatNumber(c.hours)) h plus \(counted)", .muted, indent: 4)
        for part in stack.of {
            let held = state.profile.earned.contains(part)
            b.add("  \(held ? "✓" : "·") \(catalog.credential(part)?.title ?? part)", held ? .good : .normal, indent: 4)
        }
    }
    let into = catalog.stacks(containing: c.id)
    if !into.isEmpty {
        b.blank()
        b.add("Stacks into", .title)
        let held = Set(state.profile.earned)
        for s in into {
            let parts = s.stack.map { stack in " (\(stack.of.filter(held.contains).count) of \(stack.count) held)" } ?? ""
            b.add("  \(s.title)\(parts)", indent: 4)
        }
    }
    if let url = c.url, !url.isEmpty { b.blank(); b.add(url, .accent) }
    return b
}

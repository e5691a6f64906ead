import SkillpathCore
import Testing
@testable import SkillpathUI

/// The catalog detail pane names the layer a credential comes from, when the catalog has layers.
@Suite struct CatalogLayerDetailTests {
    @Test func theDetailPaneShowsTheLayer() {
        let base = Fixtures.catalog
        var credentials = base.credentials
        let i = credentials.firstIndex { $0.id == "sql-basics" }!
        credentials[i].layer = "10-employer"
        let layered = Catalog(info: base.info, skills: base.skills, providers: base.providers, roles: base.roles, credentials: credentials)
        var s = AppState(catalog: layered, profile: Profile(), today: Fixtures.today, width: 100, height: 30)
        s.catalogView.cursor.selection = s.catalogView.results.firstIndex { s.catalog.credentials[$0].id == "sql-basics" }!
        #expect(render(s).text.contains("From the catalog layer 10-employer"))
        // Another credential, and a catalog of one directory, show none.
        s.catalogView.cursor.selection = s.catalogView.results.firstIndex { s.catalog.credentials[$0].id == "gda" }!
        #expect(!render(s).text.contains("catalog layer"))
        var plain = Fixtures.state(width: 100, height: 30)
        plain.catalogView.cursor.selection = plain.catalogView.results.firstIndex { plain.catalog.credentials[$0].id == "sql-basics" }!
        #expect(!render(plain).text.contains("catalog layer"))
    }
}

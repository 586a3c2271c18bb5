/// File names for ids, unique in a run and the same for the same input: the id's slug, and for
/// a later id with the same slug (`Gent`, `gent`, `GENT`; `a/b`, `a|b`, `a b`) the slug with
/// `-2`, `-3`, ... Slugs are lowercase, so the names also differ on a case-insensitive file system.
struct UniqueFileNames {
    private var used = Set<String>()

    /// The name for `id`, given in input order; `fallback` when the id has no letter or digit a slug keeps.
    package mutating func name(for id: String, fallback: @autoclosure () -> String) -> String {
        var base = Slug.make(id)
        if base.isEmpty { base = fallback() }
        var unique = base
        var suffix = 2
        while !used.insert(unique).inserted {
            unique = "\(base)-\(suffix)"
            suffix += 1
        }
        return unique
    }
}

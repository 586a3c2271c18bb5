/// The fixed words of the statistics report's section on several respondents per municipality,
/// in one language. A struct, so that a missing translation does not compile.
struct MunicipalityStrings: LanguageWording {
    var title: String
    /// The rule: (the column, municipalities, respondents, respondents without a municipality).
    var rule: @Sendable (_ column: String, _ municipalities: Int, _ respondents: Int, _ without: Int) -> String
    var agreement: String
    var agreementNote: String
    var unbalancedNote: String
    var municipality: String
    var municipalities: String
    var groupSize: String
    var icc1: String
    var icc1k: String
    var interval: String
    var f: String
    var degreesOfFreedom: String
    var pValue: String
    var perMunicipality: String
    var spread: String
    /// How a municipality's type follows in `compare`.
    var typeRule: String
    /// In `score`, a municipality's own report: how its scores follow from its respondents (the column, its respondents).
    var ownRule: @Sendable (_ column: String, _ respondents: Int) -> String
    /// In `score`'s summary: which files hold municipalities and which respondents (incomplete respondents left out).
    var scoreFiles: @Sendable (_ incomplete: Int) -> String
    /// In `score`'s summary, the first line: (municipalities, their respondents, rows left out).
    var scoredCount: @Sendable (_ municipalities: Int, _ respondents: Int, _ left: Int) -> String

    static let english = MunicipalityStrings(
        title: "Several respondents per municipality",
        rule: { column, municipalities, respondents, without in
            "Column \(column) names each respondent's municipality: \(municipalities) municipalities, \(respondents) respondents."
                + " Each respondent is scored on its own; a municipality's score on a dimension (and its total) is the mean of its respondents' scores on it, beside their number and spread (SD, n − 1; lowest and highest)."
                + (without > 0 ? " \(without) respondents without a municipality are left out." : "")
        },
        agreement: "Agreement between respondents of a municipality",
        agreementNote: "ICC(1) is how far one respondent's score tells the municipality's (one-way random effects: MSB − MSW over MSB + (k − 1) MSW); ICC(1,k) is the same for the mean of k respondents ((MSB − MSW) / MSB), as pingouin's ICC1 and ICC1k and R's psych::ICC name them. 95 % intervals from the F distribution, as pingouin computes them.",
        unbalancedNote: "Where municipalities have different numbers of respondents, k is the adjusted mean group size n0 = (N − Σ n_i² / N) / (g − 1) of the ANOVA for unequal groups.",
        municipality: "Municipality", municipalities: "Municipalities", groupSize: "k", icc1: "ICC(1)", icc1k: "ICC(1,k)",
        interval: "95 % interval", f: "F", degreesOfFreedom: "df", pValue: "p", perMunicipality: "Mean score per municipality",
        spread: "Respondents: mean (SD; lowest – highest)",
        typeRule: "A municipality's total is the mean of its respondents' totals, computed exactly, and its maturity type the band of that mean; municipalities are ranked and compared on these means.",
        ownRule: { column, respondents in
            "This municipality has \(respondents) complete \(respondents == 1 ? "respondent" : "respondents") in column \(column)."
                + " Each is scored on its own; the municipality's score on a dimension is the mean of its respondents' scores on it, its total the mean of their totals, computed exactly, and its bands and maturity type are those of these means."
                + " Per dimension, the respondents' number, mean, standard deviation (n − 1), lowest and highest score:"
        },
        scoreFiles: { incomplete in
            "Every row of this summary, of scores.csv and of scores-long.csv is a municipality; respondents/scores.csv and respondents/scores-long.csv hold the respondents' own scores."
                + (incomplete == 0 ? "" : incomplete == 1 ? " 1 incomplete respondent is not in the means." : " \(incomplete) incomplete respondents are not in the means.")
        },
        scoredCount: { municipalities, respondents, left in
            "Scored: \(municipalities) \(municipalities == 1 ? "municipality" : "municipalities") of \(respondents) \(respondents == 1 ? "respondent" : "respondents"). Left out: \(left) \(left == 1 ? "row" : "rows")."
        })

    static let dutch = MunicipalityStrings(
        title: "Meerdere respondenten per gemeente",
        rule: { column, municipalities, respondents, without in
            "Kolom \(column) geeft de gemeente van elke respondent: \(municipalities) gemeenten, \(respondents) respondenten."
                + " Elke respondent wordt apart gescoord; de score van een gemeente op een dimensie (en haar totaal) is het gemiddelde van de scores van haar respondenten daarop, naast hun aantal en spreiding (SD, n − 1; laagste en hoogste)."
                + (without > 0 ? " \(without) respondenten zonder gemeente blijven buiten beschouwing." : "")
        },
        agreement: "Overeenstemming tussen respondenten van een gemeente",
        agreementNote: "ICC(1) zegt hoe goed de score van één respondent die van de gemeente weergeeft (eenweg, random effects: MSB − MSW gedeeld door MSB + (k − 1) MSW); ICC(1,k) hetzelfde voor het gemiddelde van k respondenten ((MSB − MSW) / MSB), zoals pingouin (ICC1, ICC1k) en R's psych::ICC ze noemen. 95 %-intervallen uit de F-verdeling, zoals pingouin ze berekent.",
        unbalancedNote: "Waar gemeenten verschillende aantallen respondenten hebben, is k de aangepaste gemiddelde groepsgrootte n0 = (N − Σ n_i² / N) / (g − 1) van de variantieanalyse voor ongelijke groepen.",
        municipality: "Gemeente", municipalities: "Gemeenten", groupSize: "k", icc1: "ICC(1)", icc1k: "ICC(1,k)",
        interval: "95 %-interval", f: "F", degreesOfFreedom: "vg", pValue: "p", perMunicipality: "Gemiddelde score per gemeente",
        spread: "Respondenten: gemiddelde (SD; laagste – hoogste)",
        typeRule: "Het totaal van een gemeente is het exact berekende gemiddelde van de totalen van haar respondenten, en haar maturiteitstype de band van dat gemiddelde; gemeenten worden op deze gemiddelden gerangschikt en vergeleken.",
        ownRule: { column, respondents in
            "Deze gemeente heeft \(respondents) volledige \(respondents == 1 ? "respondent" : "respondenten") in kolom \(column)."
                + " Elke respondent wordt apart gescoord; de score van de gemeente op een dimensie is het gemiddelde van de scores van haar respondenten daarop, haar totaal het gemiddelde van hun totalen, exact berekend, en haar banden en maturiteitstype zijn die van deze gemiddelden."
                + " Per dimensie het aantal respondenten, hun gemiddelde, standaardafwijking (n − 1), laagste en hoogste score:"
        },
        scoreFiles: { incomplete in
            "Elke rij van deze samenvatting, van scores.csv en van scores-long.csv is een gemeente; respondents/scores.csv en respondents/scores-long.csv bevatten de scores van de respondenten zelf."
                + (incomplete == 0 ? "" : incomplete == 1 ? " 1 onvolledige respondent telt niet mee in de gemiddelden." : " \(incomplete) onvolledige respondenten tellen niet mee in de gemiddelden.")
        },
        scoredCount: { municipalities, respondents, left in
            "Gescoord: \(municipalities) \(municipalities == 1 ? "gemeente" : "gemeenten") van \(respondents) \(respondents == 1 ? "respondent" : "respondenten"). Weggelaten: \(left) \(left == 1 ? "rij" : "rijen")."
        })

    static let french = MunicipalityStrings(
        title: "Plusieurs répondants par commune",
        rule: { column, municipalities, respondents, without in
            "La colonne \(column) donne la commune de chaque répondant\u{202F}: \(municipalities) communes, \(respondents) répondants."
                + " Chaque répondant est noté séparément\u{202F}; le score d’une commune sur une dimension (et son total) est la moyenne des scores de ses répondants, à côté de leur nombre et de leur dispersion (écart-type, n − 1\u{202F}; plus bas et plus haut)."
                + (without > 0 ? " \(without) répondants sans commune sont laissés de côté." : "")
        },
        agreement: "Accord entre les répondants d’une commune",
        agreementNote: "L’ICC(1) dit dans quelle mesure le score d’un répondant reflète celui de la commune (effets aléatoires à un facteur\u{202F}: MSB − MSW divisé par MSB + (k − 1) MSW)\u{202F}; l’ICC(1,k) de même pour la moyenne de k répondants ((MSB − MSW) / MSB), comme pingouin (ICC1, ICC1k) et psych::ICC de R les nomment. Intervalles à 95 % tirés de la loi F, comme pingouin les calcule.",
        unbalancedNote: "Lorsque les communes ont des nombres de répondants différents, k est la taille moyenne ajustée des groupes n0 = (N − Σ n_i² / N) / (g − 1) de l’analyse de variance pour groupes inégaux.",
        municipality: "Commune", municipalities: "Communes", groupSize: "k", icc1: "ICC(1)", icc1k: "ICC(1,k)",
        interval: "Intervalle à 95 %", f: "F", degreesOfFreedom: "ddl", pValue: "p", perMunicipality: "Score moyen par commune",
        spread: "Répondants\u{202F}: moyenne (écart-type\u{202F}; plus bas – plus haut)",
        typeRule: "Le total d’une commune est la moyenne exacte des totaux de ses répondants, et son type de maturité la bande de cette moyenne\u{202F}; les communes sont classées et comparées sur ces moyennes.",
        ownRule: { column, respondents in
            "Cette commune a \(respondents) \(respondents == 1 ? "répondant complet" : "répondants complets") dans la colonne \(column)."
                + " Chacun est noté séparément\u{202F}; le score de la commune sur une dimension est la moyenne des scores de ses répondants, son total la moyenne de leurs totaux, calculées exactement, et ses bandes et son type de maturité sont ceux de ces moyennes."
                + " Par dimension, le nombre de répondants, leur moyenne, leur écart-type (n − 1), le plus bas et le plus haut score\u{202F}:"
        },
        scoreFiles: { incomplete in
            "Chaque ligne de ce résumé, de scores.csv et de scores-long.csv est une commune\u{202F}; respondents/scores.csv et respondents/scores-long.csv donnent les scores des répondants eux-mêmes."
                + (incomplete == 0 ? "" : incomplete == 1 ? " 1 répondant incomplet n’est pas compté dans les moyennes." : " \(incomplete) répondants incomplets ne sont pas comptés dans les moyennes.")
        },
        scoredCount: { municipalities, respondents, left in
            "Évaluées\u{202F}: \(municipalities) \(municipalities <= 1 ? "commune" : "communes") de \(respondents) \(respondents <= 1 ? "répondant" : "répondants"). Écartées\u{202F}: \(left) \(left <= 1 ? "ligne" : "lignes")."
        })
}

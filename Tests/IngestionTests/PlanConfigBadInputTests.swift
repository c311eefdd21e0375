import Testing

@testable import Ingestion

/// The description of the error `body` throws, or nil when it throws none.
func thrownMessage(_ body: () throws(ConfigError) -> Void) -> String? {
    do {
        try body()
        return nil
    } catch {
        return error.description
    }
}

/// A config with one problem and the full message it must give.
struct BadConfig: Sendable, CustomTestStringConvertible {
    let name: String
    let toml: String
    let message: String

    /// `body` after the two required keys, unless `bare`.
    init(_ name: String, _ body: String, _ message: String, bare: Bool = false) {
        self.name = name
        self.toml = bare ? body : "population = \"p.csv\"\nroster = \"r.csv\"\n" + body
        self.message = message
    }

    var testDescription: String { name }
}

@Suite("PlanConfigLoader bad input")
struct PlanConfigBadInputTests {
    static let unknownKeys: [BadConfig] = [
        BadConfig(
            "top level, with suggestion", "horizn = 2030",
            "plan.toml: unknown key `horizn` — did you mean `horizon`?"),
        BadConfig(
            "top level, no suggestion", "colour = \"blue\"",
            "plan.toml: unknown key `colour` — remove it or correct it to a key of docs/INPUTS.md "
                + "\"Plan config\""),
        BadConfig(
            "unknown role", "[norms.PKH]\nper_desa = 1",
            "plan.toml: unknown key `norms.PKH` — did you mean `norms.PSM`?"),
        BadConfig(
            "unknown role, far off", "[norms.KADER]\nper_desa = 1",
            "plan.toml: unknown key `norms.KADER` — remove it or correct it to a key of docs/INPUTS.md "
                + "\"Plan config\""),
        BadConfig(
            "norm key", "[norms.PSM]\nper_desaa = 1",
            "plan.toml: unknown key `norms.PSM.per_desaa` — did you mean `norms.PSM.per_desa`?"),
        BadConfig(
            "norm key, swapped letters", "[norms.TKSK]\nper_kecamtaan = 1",
            "plan.toml: unknown key `norms.TKSK.per_kecamtaan` — did you mean `norms.TKSK.per_kecamatan`?"),
        BadConfig(
            "module key", "[[modules]]\nid = \"a\"\n[[modules]]\nid = \"b\"\nvalid_year = 2",
            "plan.toml: unknown key `modules[2].valid_year` — did you mean `modules[2].valid_years`?"),
        BadConfig(
            "priority key", "[priority]\nyaer = 2028",
            "plan.toml: unknown key `priority.yaer` — did you mean `priority.year`?"),
        BadConfig(
            "weight key", "[priority]\nweights = { presure = 1 }",
            "plan.toml: unknown key `priority.weights.presure` — did you mean `priority.weights.pressure`?"),
        BadConfig(
            "training key", "[training]\nseats = 10",
            "plan.toml: unknown key `training.seats` — remove it or correct it to a key of docs/INPUTS.md "
                + "\"Plan config\""),
        BadConfig(
            "training key, case", "[training]\nBatch_Size = 10",
            "plan.toml: unknown key `training.Batch_Size` — did you mean `training.batch_size`?"),
    ]

    static let wrongTypes: [BadConfig] = [
        BadConfig(
            "string for a number", "attrition = \"0.05\"",
            "plan.toml: `attrition` must be a number, not a string — change its value to a number"),
        BadConfig(
            "decimal for an integer", "[training]\nbatch_size = 30.0",
            "plan.toml: `training.batch_size` must be an integer, not a decimal number — change its value to an integer"
        ),
        BadConfig(
            "string for a year", "base_year = \"2025\"",
            "plan.toml: `base_year` must be an integer, not a string — change its value to an integer"),
        BadConfig(
            "number for a path", "regions = 5",
            "plan.toml: `regions` must be a string, not an integer — change its value to a string"),
        BadConfig(
            "population as a table", "roster = \"r.csv\"\n[population]\nfile = \"p.csv\"",
            "plan.toml: `population` must be a string or an array of strings, not a table — change its value to a "
                + "string or an array of strings", bare: true),
        BadConfig(
            "population element", "population = [\"p.csv\", 2024]\nroster = \"r.csv\"",
            "plan.toml: `population[2]` must be a string, not an integer — change its value to a string", bare: true),
        BadConfig(
            "norms as a value", "norms = 1",
            "plan.toml: `norms` must be a table, not an integer — change its value to a table"),
        BadConfig(
            "norm value", "[norms.TKSK]\nper_desa = true",
            "plan.toml: `norms.TKSK.per_desa` must be a number, not a boolean — change its value to a number"),
        BadConfig(
            "modules as one table", "[modules]\nid = \"a\"",
            "plan.toml: `modules` must be an array of tables, not a table — change its value to an array of tables"),
        BadConfig(
            "roles as a string", "[[modules]]\nid = \"a\"\nroles = \"TKSK\"",
            "plan.toml: `modules[1].roles` must be an array of strings, not a string — change its value to an array "
                + "of strings"),
        BadConfig(
            "priority year as a decimal", "[priority]\nyear = 2028.5",
            "plan.toml: `priority.year` must be \"horizon\", \"base\" or a year, not a decimal number — change its "
                + "value to \"horizon\", \"base\" or a year"),
        BadConfig(
            "weight as a string", "[priority]\nweights = { growth = \"high\" }",
            "plan.toml: `priority.weights.growth` must be a number, not a string — change its value to a number"),
    ]

    static let missingKeys: [BadConfig] = [
        BadConfig(
            "population", "roster = \"r.csv\"",
            "plan.toml: required key `population` is missing — add population = [\"raw/population.csv\"] naming the "
                + "population file(s)", bare: true),
        BadConfig(
            "roster", "population = \"p.csv\"",
            "plan.toml: required key `roster` is missing — add roster = \"raw/roster.csv\" naming the roster file",
            bare: true),
        BadConfig(
            "module id", "[[modules]]\nname = \"Etika\"",
            "plan.toml: required key `modules[1].id` is missing — add id = \"module_id\" to that [[modules]] block"),
    ]

    static let invalidValues: [BadConfig] = [
        BadConfig(
            "a control character in a module's name", "[[modules]]\nid = \"a\"\nname = \"Dasar\\u0007\"",
            "plan.toml: `modules[1].name` holds the control character U+0007 — remove it: names and file names are "
                + "one line of plain text"),
        BadConfig(
            "an escape in a file name of a list", "population = [\"p.csv\", \"q\\u001b.csv\"]\nroster = \"r.csv\"",
            "plan.toml: `population[2]` holds the control character U+001B — remove it: names and file names are one "
                + "line of plain text", bare: true),
        BadConfig(
            "negative weight", "[priority]\nweights = { growth = -0.1, pressure = 1 }",
            "plan.toml: `priority.weights.growth` is -0.1, must be 0 or more — use 0 to leave this component out of "
                + "the score"),
        BadConfig(
            "all weights 0", "[priority]\nweights = { growth = 0 }",
            "plan.toml: `priority.weights` are all 0 — give at least one weight above 0"),
        BadConfig(
            "negative norm", "[norms.PSM]\ncases_per_worker = -5",
            "plan.toml: `norms.PSM.cases_per_worker` is -5, must be 0 or more — use 0 to switch this norm off"),
        BadConfig(
            "infinite norm", "[norms.PSM]\npopulation_per_worker = inf",
            "plan.toml: `norms.PSM.population_per_worker` is inf — give a finite number"),
        BadConfig(
            "role given twice", "[norms.TKSK]\nper_desa = 1\n[norms.tksk]\nper_desa = 2",
            "plan.toml: `norms.tksk` repeats norms.TKSK — keep one table per role"),
        BadConfig(
            "empty module id", "[[modules]]\nid = \"\"",
            "plan.toml: `modules[1].id` is empty — use only lower-case letters a–z, digits and _, such as "
                + "komunikasi_dasar"),
        BadConfig(
            "module id with other characters", "[[modules]]\nid = \"Komunikasi Dasar\"",
            "plan.toml: `modules[1].id` \"Komunikasi Dasar\" has characters other than a–z, 0–9 and _ — use only "
                + "lower-case letters a–z, digits and _, such as komunikasi_dasar"),
        BadConfig(
            "duplicate module id", "[[modules]]\nid = \"a\"\n[[modules]]\nid = \"b\"\n[[modules]]\nid = \"a\"",
            "plan.toml: `modules[3].id` \"a\" is already the id of modules[1] — give every module its own id"),
        BadConfig(
            "empty module name", "[[modules]]\nid = \"a\"\nname = \"\"",
            "plan.toml: `modules[1].name` is empty — give the module's name, or leave name out to use the id"),
        BadConfig(
            "no roles", "[[modules]]\nid = \"a\"\nroles = []",
            "plan.toml: `modules[1].roles` is empty — list the roles the module applies to: \"TKSK\", \"PSM\" or both"),
        BadConfig(
            "unknown role", "[[modules]]\nid = \"a\"\nroles = [\"TKSK\", \"PKH\"]",
            "plan.toml: `modules[1].roles[2]` \"PKH\" is not a role — use \"TKSK\" or \"PSM\""),
        BadConfig(
            "negative valid_years", "[[modules]]\nid = \"a\"\nvalid_years = -1",
            "plan.toml: `modules[1].valid_years` is -1, must be 0 or more — use 0 for a module that never expires"),
        BadConfig(
            "base year too early", "base_year = 1850",
            "plan.toml: `base_year` is 1850, outside 1900–2100 — give a calendar year such as 2025"),
        BadConfig(
            "horizon too late", "horizon = 20300",
            "plan.toml: `horizon` is 20300, outside 1900–2100 — give a calendar year such as 2025"),
        BadConfig(
            "horizon before base year", "base_year = 2025\nhorizon = 2024",
            "plan.toml: `horizon` 2024 is before base_year 2025 — set horizon to 2025 or later, or leave it out for "
                + "base_year + 5"),
        BadConfig(
            "priority year not a year", "[priority]\nyear = \"latest\"",
            "plan.toml: `priority.year` \"latest\" is not a year — use \"horizon\", \"base\" or a year such as 2028"),
        BadConfig(
            "priority year implausible", "[priority]\nyear = 28",
            "plan.toml: `priority.year` is 28, outside 1900–2100 — give a calendar year such as 2025"),
        BadConfig(
            "priority year before base year", "base_year = 2025\nhorizon = 2030\n[priority]\nyear = 2024",
            "plan.toml: `priority.year` 2024 is outside the planning years 2025–2030 — choose a year from 2025 to "
                + "2030, \"base\" or \"horizon\""),
        BadConfig(
            "priority year after default horizon", "base_year = 2025\n[priority]\nyear = \"2031\"",
            "plan.toml: `priority.year` 2031 is outside the planning years 2025–2030 — choose a year from 2025 to "
                + "2030, \"base\" or \"horizon\""),
        BadConfig(
            "priority year after horizon", "horizon = 2030\n[priority]\nyear = 2031",
            "plan.toml: `priority.year` 2031 is after the horizon 2030 — choose a year up to 2030, \"base\" or "
                + "\"horizon\""),
        BadConfig(
            "negative seats", "[training]\nseats_per_year = -5",
            "plan.toml: `training.seats_per_year` is -5, must be 0 or more — use 0 for no allocation plan"),
        BadConfig(
            "zero batch size", "[training]\nbatch_size = 0",
            "plan.toml: `training.batch_size` is 0, must be 1 or more — give the number of trainees per class, such "
                + "as 30"),
        BadConfig(
            "attrition of 1", "attrition = 1",
            "plan.toml: `attrition` is 1, must be at least 0 and below 1 — give the annual share of workers who "
                + "leave, such as 0.05"),
        BadConfig(
            "negative attrition", "attrition = -0.01",
            "plan.toml: `attrition` is -0.01, must be at least 0 and below 1 — give the annual share of workers who "
                + "leave, such as 0.05"),
        BadConfig(
            "growth of -100%", "default_growth = -1",
            "plan.toml: `default_growth` is -1, must be above -1 — give an annual rate such as 0.01 for 1% growth a "
                + "year"),
        BadConfig(
            "growth of +100% (docs/INPUTS.md Bounds)", "default_growth = 1e300",
            "plan.toml: `default_growth` is 1e+300, must be below 1 — give an annual rate such as 0.01 for 1% growth a "
                + "year"),
        BadConfig(
            "horizon more than 50 years after the base year", "base_year = 2025\nhorizon = 2100",
            "plan.toml: `horizon` is 2100, 75 years after base_year 2025, more than 50 — set horizon to 2075 or "
                + "earlier"),
        BadConfig(
            "population per worker below 1", "[norms.TKSK]\npopulation_per_worker = 1e-300",
            "plan.toml: `norms.TKSK.population_per_worker` is 1e-300, must be 0 or from 1 to 100000000 — give the "
                + "residents or cases one worker serves, such as 5000, or 0 to switch this norm off"),
        BadConfig(
            "cases per worker above the bound", "[norms.PSM]\ncases_per_worker = 1e9",
            "plan.toml: `norms.PSM.cases_per_worker` is 1000000000, must be 0 or from 1 to 100000000 — give the "
                + "residents or cases one worker serves, such as 5000, or 0 to switch this norm off"),
        BadConfig(
            "per kecamatan above 10,000", "[norms.TKSK]\nper_kecamatan = 1e300",
            "plan.toml: `norms.TKSK.per_kecamatan` is 1e+300, must be at most 10000 — give the workers needed per "
                + "kecamatan or desa, such as 1"),
        BadConfig(
            "per desa above 10,000", "[norms.PSM]\nper_desa = 10000.5",
            "plan.toml: `norms.PSM.per_desa` is 10000.5, must be at most 10000 — give the workers needed per "
                + "kecamatan or desa, such as 1"),
        BadConfig(
            "batch size of Int.max", "[training]\nbatch_size = 9223372036854775807",
            "plan.toml: `training.batch_size` is 9223372036854775807, must be at most 1000000 — give the number of "
                + "trainees per class, such as 30"),
        BadConfig(
            "seats per year above 1,000,000", "[training]\nseats_per_year = 1000001",
            "plan.toml: `training.seats_per_year` is 1000001, must be at most 1000000 — give the seats the province "
                + "can train in a year, such as 240"),
        BadConfig(
            "valid years above 100", "[[modules]]\nid = \"m\"\nvalid_years = 9223372036854775807",
            "plan.toml: `modules[1].valid_years` is 9223372036854775807, must be at most 100 — use 0 for a module "
                + "that never expires"),
        BadConfig(
            "weight above 1,000,000", "[priority.weights]\ngrowth = 1e300",
            "plan.toml: `priority.weights.growth` is 1e+300, must be at most 1000000 — weights count relative to "
                + "each other: give them as shares such as 0.4"),
        BadConfig(
            "empty population list", "population = []\nroster = \"r.csv\"",
            "plan.toml: `population` is an empty list — name at least one population file", bare: true),
        BadConfig(
            "empty roster path", "population = \"p.csv\"\nroster = \"\"",
            "plan.toml: `roster` is empty — name a file, relative to the config file's folder", bare: true),
        BadConfig(
            "empty population path", "population = [\"p.csv\", \"\"]\nroster = \"r.csv\"",
            "plan.toml: `population[2]` is empty — name a file, relative to the config file's folder", bare: true),
    ]

    static let syntaxErrors: [BadConfig] = [
        BadConfig(
            "missing value", "population = \"p.csv\"\nroster =\n",
            "plan.toml:2:9: invalid TOML: Error while parsing key-value pair: expected value, saw '\\n' — fix the "
                + "TOML syntax at this position", bare: true),
        BadConfig(
            "unterminated string", "population = \"p.csv\"\nroster = \"r.csv\n",
            "plan.toml:2:16: invalid TOML: Error while parsing string: unescaped control characters other than TAB "
                + "(U+0009) are explicitly prohibited — fix the TOML syntax at this position", bare: true),
        BadConfig(
            "key given twice", "population = \"p.csv\"\nroster = \"r.csv\"\nroster = \"s.csv\"\n",
            "plan.toml:3:10: invalid TOML: Error while parsing key-value pair: cannot redefine existing string "
                + "'roster' — fix the TOML syntax at this position", bare: true),
    ]

    @Test("an unknown key at any level is named in full, with a suggestion when one is close", arguments: unknownKeys)
    func unknownKey(_ bad: BadConfig) {
        #expect(
            thrownMessage { () throws(ConfigError) in _ = try PlanConfigLoader.parse(bad.toml, path: "plan.toml") }
                == bad.message)
    }

    @Test("a value of the wrong type names the key and the type expected", arguments: wrongTypes)
    func wrongType(_ bad: BadConfig) {
        #expect(
            thrownMessage { () throws(ConfigError) in _ = try PlanConfigLoader.parse(bad.toml, path: "plan.toml") }
                == bad.message)
    }

    @Test("a required key that is absent is named", arguments: missingKeys)
    func missingKey(_ bad: BadConfig) {
        #expect(
            thrownMessage { () throws(ConfigError) in _ = try PlanConfigLoader.parse(bad.toml, path: "plan.toml") }
                == bad.message)
    }

    @Test("a value that breaks a rule says which rule and what to do", arguments: invalidValues)
    func invalidValue(_ bad: BadConfig) {
        #expect(
            thrownMessage { () throws(ConfigError) in _ = try PlanConfigLoader.parse(bad.toml, path: "plan.toml") }
                == bad.message)
    }

    @Test("a TOML syntax error gives the parser's line and column", arguments: syntaxErrors)
    func syntaxError(_ bad: BadConfig) {
        #expect(
            thrownMessage { () throws(ConfigError) in _ = try PlanConfigLoader.parse(bad.toml, path: "plan.toml") }
                == bad.message)
    }
}

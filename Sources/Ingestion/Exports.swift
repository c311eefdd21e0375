// The domain types (codes, roles, the plan's values, the input tables) are Ingestion's vocabulary: a module
// that reads inputs through Ingestion sees them without importing CapplanDomain itself.
@_exported import CapplanDomain

import KPIFiles
import KPIModel

extension FileSystem {
    /// Reads a file a person named as input (a CSV to import): a missing file is exit 66.
    static func readInput(_ path: String) throws -> [UInt8] {
        guard exists(path) else { throw KPIError.noInputFile(path) }
        return try read(path)
    }
}

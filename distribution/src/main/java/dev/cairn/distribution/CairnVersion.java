package dev.cairn.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven filtered into {@code cairn-version.properties}, so it never drifts from the build's. */
final class CairnVersion implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CairnVersion.class.getResourceAsStream("/cairn-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"cairn " + properties.getProperty("version", "(unknown version)")};
    }
}

package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.geo.ReutersDatelines;
import org.newsgraph.eval.reuters.ReutersAccuracy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval reuters --gold DIR}: how well the plain-text reader recovers headline and dateline, scored
 * against the {@code <TITLE>} and {@code <DATELINE>} tags of Reuters-21578.
 */
@Command(name = "reuters", mixinStandardHelpOptions = true,
    description = "Headline and dateline accuracy of the text reader against Reuters-21578's TITLE/DATELINE tags, and"
        + " dateline places against its PLACES tags.")
public final class EvalReutersCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The folder of reut2-*.sgm files.")
  Path gold;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFolder(gold);
    ReutersAccuracy.Result r = ReutersAccuracy.run(gold);
    PrintWriter pw = spec.commandLine().getOut();
    pw.printf("Reuters-21578: %d documents with title, dateline and body%n", r.documents());
    pw.printf("headline accuracy %.3f (%d), dateline accuracy %.3f (%d)%n", r.headlineAccuracy(),
        r.headlinesRight(), r.datelineAccuracy(), r.datelinesRight());
    ReutersDatelines.Result d = ReutersDatelines.run(gold);
    pw.printf("dateline places: %d documents whose PLACES tag names countries; %d datelines resolved, %.3f in a"
        + " country the tag names (%d)%n", d.documents(), d.resolved(), d.accuracy(), d.inTag());
    pw.println("most frequent dateline places outside the tag's countries:");
    ReutersDatelines.report(d.wrong(), 12).forEach(line -> pw.println("  " + line));
    pw.println("most frequent datelines the place table does not know:");
    ReutersDatelines.report(d.unresolved(), 8).forEach(line -> pw.println("  " + line));
    return Main.OK;
  }
}

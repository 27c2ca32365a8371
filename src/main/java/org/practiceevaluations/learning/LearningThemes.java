package org.practiceevaluations.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Places a learning need in the themes whose words it uses (any of them, ignoring case); a need using none is
 * "Other". A need can be in several themes. Plain logic; the themes are configuration
 * ({@code practice-evaluations.learning.learning-needs-themes}).
 */
public final class LearningThemes {

  public static final String OTHER = "Other";

  /** A theme and the words (or beginnings of words) that place a need in it. */
  public record Theme(String name, List<String> words) {}

  /** Used when the configuration names none: close to the evaluation's sections. */
  public static final List<Theme> DEFAULTS = List.of(
      new Theme("Voice and lived experience of the child",
          List.of("voice", "wishes", "feelings", "lived experience", "direct work", "child's view")),
      new Theme("Assessment and analysis of risk", List.of("assessment", "analys", "risk", "threshold")),
      new Theme("Planning", List.of("plan", "smart", "contingency")),
      new Theme("Chronologies and recording", List.of("chronolog", "recording", "case note", "write")),
      new Theme("Supervision and management oversight", List.of("supervision", "oversight", "reflective")),
      new Theme("Working with partners and families",
          List.of("partner", "agenc", "school", "health", "police", "family network", "parents")),
      new Theme("Identity, diversity and culture",
          List.of("identity", "diversity", "culture", "faith", "ethnic", "language", "disabilit")),
      new Theme("Legal framework", List.of("legal", "court", "pre-proceedings", "plo", "section 47", "section 20")));

  private final List<Theme> themes;

  public LearningThemes(List<Theme> themes) {
    this.themes = List.copyOf(themes);
  }

  public List<String> names() {
    List<String> names = new ArrayList<>(themes.stream().map(Theme::name).toList());
    names.add(OTHER);
    return names;
  }

  /** The themes a need belongs to, in configuration order; {@link #OTHER} when none. */
  public List<String> of(String need) {
    String text = need == null ? "" : need.toLowerCase(Locale.UK);
    List<String> found = new ArrayList<>();
    for (Theme theme : themes) {
      if (theme.words().stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.UK)))) {
        found.add(theme.name());
      }
    }
    return found.isEmpty() ? List.of(OTHER) : found;
  }
}

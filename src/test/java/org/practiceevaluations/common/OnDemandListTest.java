package org.practiceevaluations.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnDemandListTest {

  @Test
  void readsNothingUntilFirstUsedThenReadsOnce() {
    AtomicInteger reads = new AtomicInteger();
    List<String> list = OnDemandList.of(() -> {
      reads.incrementAndGet();
      return List.of("a", "b");
    });
    assertThat(reads).hasValue(0);
    assertThat(((OnDemandList<String>) list).isRead()).isFalse();

    assertThat(list).containsExactly("a", "b");
    assertThat(list.get(1)).isEqualTo("b");
    assertThat(list).hasSize(2).isEqualTo(List.of("a", "b"));
    assertThat(reads).hasValue(1);
  }

  @Test
  void isReadOnly() {
    List<String> list = OnDemandList.of(() -> List.of("a"));
    assertThatThrownBy(() -> list.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(list).containsExactly("a");
  }

  @Test
  void aReadThatGivesNothingIsAnError() {
    List<String> list = OnDemandList.of(() -> null);
    assertThatThrownBy(list::size).isInstanceOf(NullPointerException.class).hasMessageContaining("elements read");
  }
}

package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

    @Test
    void reservationsTakeBytesUntilTheBudgetIsShortAndReleaseGivesThemBack() {
        MemoryBudget budget = new MemoryBudget(100);

        assertThat(budget.tryReserve(60)).isTrue();
        assertThat(budget.tryReserve(50)).isFalse();
        assertThat(budget.tryReserve(40)).isTrue();
        assertThat(budget.available()).isZero();
        budget.release(60);
        budget.release(40);

        assertThat(budget.available()).isEqualTo(100);
    }

    @Test
    void waitersAreGrantedFirstComeFirstServedAndNewcomersQueueBehindThem() {
        MemoryBudget budget = new MemoryBudget(100);
        List<String> granted = new ArrayList<>();
        assertThat(budget.tryReserve(90)).isTrue();

        budget.enqueue(50, () -> granted.add("first"));
        budget.enqueue(10, () -> granted.add("second"));
        assertThat(budget.tryReserve(5)).as("fits, but others wait").isFalse();
        assertThat(granted).isEmpty();
        budget.release(90);

        assertThat(granted).containsExactly("first", "second");
        assertThat(budget.available()).isEqualTo(40);
        assertThat(budget.tryReserve(5)).as("nobody waits any more").isTrue();
    }

    @Test
    void aReservationLargerThanTheBudgetIsGrantedAloneWhenNothingElseHoldsAny() {
        MemoryBudget budget = new MemoryBudget(100);
        List<String> granted = new ArrayList<>();
        long huge = budget.bounded(1_000);
        assertThat(huge).isEqualTo(100);
        assertThat(budget.tryReserve(1)).isTrue();

        budget.enqueue(huge, () -> granted.add("huge"));
        assertThat(granted).isEmpty();
        budget.release(1);

        assertThat(granted).containsExactly("huge");
        assertThat(budget.available()).isZero();
    }

    @Test
    void cancellingAWaiterLetsTheOnesBehindItInAndReportsWhetherItWasStillWaiting() {
        MemoryBudget budget = new MemoryBudget(100);
        List<String> granted = new ArrayList<>();
        assertThat(budget.tryReserve(50)).isTrue();
        MemoryBudget.Waiter big = budget.enqueue(80, () -> granted.add("big"));
        budget.enqueue(30, () -> granted.add("small"));

        assertThat(budget.cancel(big)).isTrue();

        assertThat(granted).containsExactly("small");
        MemoryBudget.Waiter late = budget.enqueue(10, () -> granted.add("late"));
        assertThat(budget.cancel(late)).as("already granted").isFalse();
        assertThat(budget.available()).isEqualTo(10);
    }
}

//! The person selected comes along from screen to screen, where the new
//! screen lists them.

use proptest::prelude::*;

use super::*;

/// The screens that list people, and their keys.
const SCREENS: [Action; 2] = [Action::ScreenReview, Action::ScreenContacts];

proptest! {
    /// Trial four: with Paolo selected on the review, `2` opened the
    /// contacts on someone else. Against a plain model: after any moves
    /// and switches, the screen shows whom the user was on when it lists
    /// them, else its own remembered row.
    #[test]
    fn switching_screens_keeps_the_person_where_listed(
        steps in prop::collection::vec((any::<bool>(), 0usize..2), 1..20),
    ) {
        let mut app = app();
        let listed = |app: &App, screen: Screen, who: Id| match screen {
            Screen::Review => app.data().review.items.iter().any(|i| i.contact == who),
            _ => app.data().people.iter().any(|p| p.row.id == who),
        };
        for (down, to) in steps {
            send(&mut app, &[act(if down { Action::Down } else { Action::Up })]);
            let before = app.selected_person();
            let own = match SCREENS[to] {
                Action::ScreenReview => Screen::Review,
                _ => Screen::Contacts,
            };
            let moved = app.screen() != own;
            let remembered = {
                let mut other = app.clone();
                other.update(act(SCREENS[to]));
                other.selected_person()
            };
            send(&mut app, &[act(SCREENS[to])]);
            let now = app.selected_person();
            match before {
                Some(who) if moved && listed(&app, own, who) => {
                    prop_assert_eq!(now, Some(who));
                }
                _ => prop_assert_eq!(now, remembered),
            }
        }
    }
}

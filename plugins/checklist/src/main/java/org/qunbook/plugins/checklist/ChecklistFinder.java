package org.qunbook.plugins.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.qunbook.api.PageInfo;
import org.qunbook.api.Problem;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the checklists of a page's content: every top-level task list, named by the
 * {@code ::: checklist {#id}} container around it or else by the nearest heading before it.
 */
final class ChecklistFinder {

    private static final Evaluator CHECKBOX_CHILD = QueryParser.parse(
            "> input.task-list-item-checkbox, > p > input.task-list-item-checkbox");
    private static final Evaluator CONTAINERS = QueryParser.parse(
            "[" + ChecklistContainerExtension.CONTAINER_ATTRIBUTE + "]");
    private static final Evaluator NESTED_LISTS_AND_INPUTS = QueryParser.parse("ul, ol, input");
    private static final Evaluator LIST_ITEMS = QueryParser.parse("li");

    /** Checklists found, and what is wrong with them (reported once, in contentLoaded). */
    record Found(List<Checklist> checklists, List<Problem> problems) {
    }

    /** Id of a checklist with neither container nor heading before it. */
    static final String PAGE_CHECKLIST_ID = "checklist";

    private ChecklistFinder() {
    }

    static Found find(PageInfo page, Element content) {
        List<Checklist> checklists = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Element heading = null;
        for (Element element : content.getAllElements()) {
            if (isHeading(element)) {
                heading = element;
            } else if (isTopLevelTaskList(element, content)) {
                checklists.add(checklist(page, element, heading, content));
            }
        }
        checkContainers(page, content, problems);
        checkDuplicates(page, checklists, problems);
        return new Found(checklists, problems);
    }

    private static boolean isHeading(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private static boolean isTopLevelTaskList(Element element, Element content) {
        if (!element.nameIs("ul") && !element.nameIs("ol")
                || element.children().stream().noneMatch(ChecklistFinder::isTaskItem)) {
            return false;
        }
        for (Element parent = element.parent(); parent != null && parent != content; parent = parent.parent()) {
            if (parent.nameIs("li")) {
                return false;   // a nested task list belongs to its item, not a checklist of its own
            }
        }
        return true;
    }

    static boolean isTaskItem(Element li) {
        return li.nameIs("li") && li.hasClass("task-list-item") && checkbox(li) != null;
    }

    private static Element checkbox(Element li) {
        return li.selectFirst(CHECKBOX_CHILD);
    }

    private static Checklist checklist(PageInfo page, Element list, Element heading, Element content) {
        Element container = list.closest(CONTAINERS);
        String id;
        String title;
        if (container != null) {
            String containerId = container.attr(ChecklistContainerExtension.CONTAINER_ATTRIBUTE);
            id = containerId.isEmpty() ? PAGE_CHECKLIST_ID : containerId;
            String containerTitle = container.attr(ChecklistContainerExtension.TITLE_ATTRIBUTE);
            title = !containerTitle.isEmpty() ? containerTitle : heading != null ? heading.text() : page.title();
        } else if (heading != null) {
            id = heading.id().isEmpty() ? heading.text() : heading.id();
            title = heading.text();
        } else {
            id = PAGE_CHECKLIST_ID;
            title = page.title();
        }
        List<ChecklistItem> items = new ArrayList<>();
        for (Element li : list.children()) {
            if (isTaskItem(li)) {
                String text = itemText(li);
                items.add(new ChecklistItem(ItemIds.of(text), text, checkbox(li).hasAttr("checked"), line(li), li));
            }
        }
        return new Checklist(id, title, items.get(0).line(), list, container, items);
    }

    /** The item's own text: without its checkbox and without any nested list. */
    static String itemText(Element li) {
        Element copy = li.clone();
        copy.select(NESTED_LISTS_AND_INPUTS).remove();
        return ItemIds.normalise(copy.text());
    }

    static int line(Element element) {
        try {
            return Integer.parseInt(element.attr("data-source-line"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void checkContainers(PageInfo page, Element content, List<Problem> problems) {
        for (Element container : content.select(CONTAINERS)) {
            var position = page.bodyPosition(line(container));
            String id = container.attr(ChecklistContainerExtension.CONTAINER_ATTRIBUTE);
            if (id.isEmpty()) {
                problems.add(Problem.error(position, "checklist container has no id: write '::: checklist {#some-id}'"));
            }
            if (container.hasAttr(ChecklistContainerExtension.UNCLOSED_ATTRIBUTE)) {
                problems.add(Problem.error(position, "checklist container is not closed: add a line ':::' after its list"));
            }
            if (container.select(LIST_ITEMS).stream().noneMatch(ChecklistFinder::isTaskItem)) {
                problems.add(Problem.error(position, "checklist container holds no task list ('- [ ] item')"));
            }
        }
    }

    private static void checkDuplicates(PageInfo page, List<Checklist> checklists, List<Problem> problems) {
        Map<String, Checklist> byId = new HashMap<>();
        for (Checklist checklist : checklists) {
            Checklist first = byId.putIfAbsent(checklist.id(), checklist);
            if (first != null) {
                problems.add(Problem.error(page.bodyPosition(checklist.line()), "duplicate checklist id '"
                        + checklist.id() + "' (the checklist at line " + page.bodyPosition(first.line()).line() + " has it too): give each "
                        + "checklist its own heading or a '::: checklist {#id}' container"));
            }
            Map<String, ChecklistItem> items = new HashMap<>();
            for (ChecklistItem item : checklist.items()) {
                ChecklistItem firstItem = items.putIfAbsent(item.id(), item);
                if (firstItem != null) {
                    problems.add(Problem.error(page.bodyPosition(item.line()), "duplicate item '" + item.text()
                            + "' in checklist '" + checklist.id() + "' (also at line " + page.bodyPosition(firstItem.line()).line()
                            + "): items of a checklist need different text"));
                }
            }
        }
    }

    /** Unwraps the containers once their lists have been rendered. */
    static void unwrapContainers(Element content) {
        for (Element container : content.select(CONTAINERS)) {
            container.unwrap();
        }
    }
}

package org.practiceevaluations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceevaluations.identity.AccessGrant;
import org.practiceevaluations.identity.AccessPolicy;

/**
 * The maps read as drawn (docs/adr/0015): every flow drawn from the element it leaves to the element it enters, in
 * straight horizontal and vertical lines, through no other element and not along a lane's border; no label over an
 * element, another label or a flow; lanes as tall as their content, the pool as wide as it, and no long empty
 * stretch between a lane's own elements; and {@code candidateStarterGroups} naming exactly the groups the access
 * policy lets start the process. Each model in {@code processes/} on its own.
 */
class ModelLayoutTest {

  /** How close a point may be to a border to be on it, in diagram units (pixels). */
  static final double ON = 3;
  static final double MOST_EMPTY_BAND = 60;
  static final double MOST_EMPTY_STRETCH = 1500;
  static final double POOL_MARGIN = 100;

  static Stream<Path> models() throws IOException {
    return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  record Box(double x, double y, double w, double h) {
    static Box of(Bounds b) {
      return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    boolean overlaps(Box o, double margin) {
      return x < o.x + o.w - margin && o.x < x + w - margin && y < o.y + o.h - margin && o.y < y + h - margin;
    }

    boolean onBorder(double px, double py) {
      boolean within = px >= x - ON && px <= x + w + ON && py >= y - ON && py <= y + h + ON;
      double distance = Math.min(Math.min(Math.abs(px - x), Math.abs(px - x - w)),
          Math.min(Math.abs(py - y), Math.abs(py - y - h)));
      return within && distance <= ON;
    }

    /** Whether the segment runs through the inside of the box (its border shrunk by {@code margin}). */
    boolean crossedBy(double x1, double y1, double x2, double y2, double margin) {
      double l = x + margin, r = x + w - margin, t = y + margin, b = y + h - margin;
      if (l >= r || t >= b) {
        return false;
      }
      if (Math.abs(y1 - y2) < 0.5) {
        return y1 > t && y1 < b && Math.max(Math.min(x1, x2), l) < Math.min(Math.max(x1, x2), r);
      }
      return x1 > l && x1 < r && Math.max(Math.min(y1, y2), t) < Math.min(Math.max(y1, y2), b);
    }
  }

  static final class Map_ {
    final BpmnModelInstance model;
    final Map<String, Box> shapes = new LinkedHashMap<>();
    final Map<String, Box> labels = new LinkedHashMap<>();
    final Map<String, List<double[]>> flows = new LinkedHashMap<>();

    Map_(Path file) {
      model = Bpmn.readModelFromFile(file.toFile());
      for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
        shapes.put(shape.getBpmnElement().getId(), Box.of(shape.getBounds()));
        if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
          labels.put(shape.getBpmnElement().getId(), Box.of(shape.getBpmnLabel().getBounds()));
        }
      }
      for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
        List<double[]> points = new ArrayList<>();
        for (Waypoint w : edge.getWaypoints()) {
          points.add(new double[] {w.getX(), w.getY()});
        }
        flows.put(edge.getBpmnElement().getId(), points);
        if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
          labels.put(edge.getBpmnElement().getId(), Box.of(edge.getBpmnLabel().getBounds()));
        }
      }
    }

    BaseElement element(String id) {
      return model.getModelElementById(id);
    }

    /** Flow nodes drawn as boxes a line or label must keep clear of (not pools, lanes or subprocess frames). */
    Map<String, Box> obstacles() {
      Map<String, Box> obstacles = new LinkedHashMap<>();
      shapes.forEach((id, box) -> {
        BaseElement e = element(id);
        if (!(e instanceof Participant || e instanceof Lane || e instanceof SubProcess)) {
          obstacles.put(id, box);
        }
      });
      return obstacles;
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFlowIsDrawnFromTheElementItLeavesToTheElementItEntersThroughNothingElse(Path file) {
    Map_ map = new Map_(file);
    List<String> problems = new ArrayList<>();
    List<Box> laneBorders = new ArrayList<>();
    map.shapes.forEach((id, box) -> {
      if (map.element(id) instanceof Lane) {
        laneBorders.add(box);
      }
    });
    for (SequenceFlow flow : map.model.getModelElementsByType(SequenceFlow.class)) {
      List<double[]> points = map.flows.get(flow.getId());
      String source = flow.getSource().getId();
      String target = flow.getTarget().getId();
      double[] first = points.get(0);
      double[] last = points.get(points.size() - 1);
      if (!map.shapes.get(source).onBorder(first[0], first[1])) {
        problems.add(flow.getId() + " does not start on " + source);
      }
      if (!map.shapes.get(target).onBorder(last[0], last[1])) {
        problems.add(flow.getId() + " does not end on " + target);
      }
      Set<String> own = new HashSet<>(Set.of(source, target));
      if (flow.getSource() instanceof BoundaryEvent boundary) {
        own.add(boundary.getAttachedTo().getId());
      }
      for (BoundaryEvent boundary : map.model.getModelElementsByType(BoundaryEvent.class)) {
        if (boundary.getAttachedTo().getId().equals(source)) {
          own.add(boundary.getId());
        }
      }
      for (int i = 1; i < points.size(); i++) {
        double[] a = points.get(i - 1);
        double[] b = points.get(i);
        if (Math.abs(a[0] - b[0]) > 0.5 && Math.abs(a[1] - b[1]) > 0.5) {
          problems.add(flow.getId() + " has a slanting line");
          continue;
        }
        for (Map.Entry<String, Box> obstacle : map.obstacles().entrySet()) {
          if (!own.contains(obstacle.getKey()) && obstacle.getValue().crossedBy(a[0], a[1], b[0], b[1], 2)) {
            problems.add(flow.getId() + " is drawn through " + obstacle.getKey());
          }
        }
        if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) > 40) {
          for (Box lane : laneBorders) {
            for (double border : new double[] {lane.y, lane.y + lane.h}) {
              if (Math.abs(a[1] - border) < 8 && Math.max(Math.min(a[0], b[0]), lane.x)
                  < Math.min(Math.max(a[0], b[0]), lane.x + lane.w)) {
                problems.add(flow.getId() + " runs along a lane's border (y " + border + ")");
              }
            }
          }
        }
      }
    }
    assertThat(new TreeSet<>(problems)).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void noLabelSitsOnAnElementAnotherLabelOrAFlow(Path file) {
    Map_ map = new Map_(file);
    List<String> problems = new ArrayList<>();
    List<Map.Entry<String, Box>> labels = new ArrayList<>(map.labels.entrySet());
    for (int i = 0; i < labels.size(); i++) {
      String owner = labels.get(i).getKey();
      Box label = labels.get(i).getValue();
      map.obstacles().forEach((id, box) -> {
        if (!id.equals(owner) && label.overlaps(box, 1)) {
          problems.add("the label of " + owner + " is over " + id);
        }
      });
      for (int j = i + 1; j < labels.size(); j++) {
        if (label.overlaps(labels.get(j).getValue(), 0)) {
          problems.add("the label of " + owner + " is over the label of " + labels.get(j).getKey());
        }
      }
      map.flows.forEach((id, points) -> {
        for (int k = 1; k < points.size() && !id.equals(owner); k++) {
          if (label.crossedBy(points.get(k - 1)[0], points.get(k - 1)[1], points.get(k)[0], points.get(k)[1], 1)) {
            problems.add("the label of " + owner + " is over the flow " + id);
            break;
          }
        }
      });
    }
    assertThat(new TreeSet<>(problems)).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void lanesHoldTheirElementsWithoutEmptyStretches(Path file) {
    Map_ map = new Map_(file);
    List<String> problems = new ArrayList<>();
    double right = 0;
    for (Map.Entry<String, Box> e : map.shapes.entrySet()) {
      if (!(map.element(e.getKey()) instanceof Participant || map.element(e.getKey()) instanceof Lane)) {
        right = Math.max(right, e.getValue().x + e.getValue().w);
      }
    }
    for (Map.Entry<String, Box> e : map.labels.entrySet()) {
      right = Math.max(right, e.getValue().x + e.getValue().w);
    }
    for (Participant pool : map.model.getModelElementsByType(Participant.class)) {
      Box box = map.shapes.get(pool.getId());
      if (box.x + box.w > right + POOL_MARGIN) {
        problems.add("the pool ends " + Math.round(box.x + box.w - right) + " px after its last element");
      }
    }
    for (Lane lane : map.model.getModelElementsByType(Lane.class)) {
      Box box = map.shapes.get(lane.getId());
      // every element the lane names is drawn inside it
      List<Box> own = new ArrayList<>();
      for (FlowNode node : lane.getFlowNodeRefs()) {
        Box b = map.shapes.get(node.getId());
        if (b == null || map.element(node.getId()) instanceof BoundaryEvent) {
          continue;
        }
        if (b.y + b.h / 2 < box.y || b.y + b.h / 2 > box.y + box.h) {
          problems.add(node.getId() + " is drawn outside its lane " + lane.getId());
        }
        own.add(b);
      }
      // no long empty stretch between the lane's own elements
      own.sort((a, b) -> Double.compare(a.x, b.x));
      double reach = own.isEmpty() ? 0 : own.get(0).x + own.get(0).w;
      for (Box b : own) {
        if (b.x - reach > MOST_EMPTY_STRETCH) {
          problems.add(lane.getId() + " is empty for " + Math.round(b.x - reach) + " px between its elements");
        }
        reach = Math.max(reach, b.x + b.w);
      }
      // no empty band across the whole lane: its height is what its content needs
      List<double[]> spans = new ArrayList<>();
      Collection<Map.Entry<String, Box>> drawn = new ArrayList<>(map.shapes.entrySet());
      drawn.addAll(map.labels.entrySet());
      for (Map.Entry<String, Box> d : drawn) {
        BaseElement el = map.element(d.getKey());
        Box b = d.getValue();
        if (el instanceof Lane || el instanceof Participant || b.y + b.h / 2 < box.y || b.y + b.h / 2 > box.y + box.h) {
          continue;
        }
        spans.add(new double[] {b.y, b.y + b.h});
      }
      for (List<double[]> points : map.flows.values()) {
        for (int k = 1; k < points.size(); k++) {
          double top = Math.min(points.get(k - 1)[1], points.get(k)[1]);
          double bottom = Math.max(points.get(k - 1)[1], points.get(k)[1]);
          if (bottom >= box.y && top <= box.y + box.h) {
            spans.add(new double[] {top, bottom});
          }
        }
      }
      spans.sort((a, b) -> Double.compare(a[0], b[0]));
      double covered = box.y;
      double widest = 0;
      for (double[] span : spans) {
        widest = Math.max(widest, span[0] - covered);
        covered = Math.max(covered, span[1]);
      }
      widest = Math.max(widest, box.y + box.h - covered);
      if (widest > MOST_EMPTY_BAND) {
        problems.add(lane.getId() + " has an empty band " + Math.round(widest) + " px high");
      }
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void candidateStarterGroupsNameWhoMayStartTheProcess(Path file) {
    Map_ map = new Map_(file);
    for (org.camunda.bpm.model.bpmn.instance.Process process
        : map.model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
      if (!process.isCamundaStartableInTasklist()) {
        continue;
      }
      Set<String> allowed = new TreeSet<>();
      for (AccessGrant grant : AccessPolicy.grants()) {
        if (grant.resource().resourceType() == Resources.PROCESS_DEFINITION.resourceType()
            && (grant.resourceId().equals("*") || grant.resourceId().equals(process.getId()))
            && grant.permissions().contains(ProcessDefinitionPermissions.CREATE_INSTANCE)) {
          allowed.add(grant.group().id());
        }
      }
      String declared = process.getCamundaCandidateStarterGroups();
      Set<String> said = declared == null ? Set.of() : new TreeSet<>(List.of(declared.split("\\s*,\\s*")));
      assertThat(said).as(process.getId() + "'s candidateStarterGroups against the access policy").isEqualTo(allowed);
    }
  }
}

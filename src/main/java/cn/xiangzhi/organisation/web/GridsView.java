package cn.xiangzhi.organisation.web;

import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.organisation.application.OrganisationViews.GridView;
import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.shared.tenancy.Villages.Village;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * One village's grid tree — village grid → micro-grid → household group — with renaming, a new
 * leader, adding the next level below and removing an empty grid.
 */
@Named
@ViewScoped
public class GridsView implements Serializable {

    /** A node of the tree: the village itself (grid null) or one of its grids. */
    public record Node(Village village, GridView grid) implements Serializable {
        public String getLabel() {
            return grid == null ? village.name() : grid.name();
        }

        public String getCode() {
            return grid == null ? village.divisionCode() : grid.code();
        }

        public GridLevel getChildLevel() {
            if (grid == null) {
                return GridLevel.VILLAGE_GRID;
            }
            return grid.level() == GridLevel.HOUSEHOLD_GROUP ? null : GridLevel.values()[grid.level().ordinal() + 1];
        }
    }

    @Inject
    Organisation organisation;


    @Inject
    VillagePicker villages;
    private Long villageId;
    private TreeNode<Node> root;
    private TreeNode<Node> selectedNode;
    private String name;
    private String leaderName;
    private String childCode;
    private String childName;
    private String childLeader;

    @PostConstruct
    void load() {
        villageId = villages.first();
        build(null);
    }

    /** Rebuilds the tree of the chosen village, selecting grid {@code selectId} (or the village). */
    private void build(Long selectId) {
        root = new DefaultTreeNode<>(null, null);
        selectedNode = null;
        Village village = villages.getVillages().stream().filter(v -> v.id() == (villageId == null ? -1 : villageId)).findFirst().orElse(null);
        if (village == null) {
            return;
        }
        TreeNode<Node> top = new DefaultTreeNode<>(new Node(village, null), root);
        top.setExpanded(true);
        selectedNode = top;
        Map<Long, TreeNode<Node>> nodes = new HashMap<>();
        for (GridView grid : organisation.grids(village.id())) {
            nodes.put(grid.id(), new DefaultTreeNode<>(new Node(village, grid), null));
        }
        for (TreeNode<Node> node : nodes.values()) {
            GridView grid = node.getData().grid();
            TreeNode<Node> parent = grid.parentId() == null ? top : nodes.getOrDefault(grid.parentId(), top);
            parent.getChildren().add(node);
            node.setExpanded(grid.level() != GridLevel.MICRO_GRID);
            if (selectId != null && grid.id() == selectId) {
                selectedNode = node;
            }
        }
        sort(top);
        selectedNode.setSelected(true);
        for (TreeNode<Node> up = selectedNode.getParent(); up != null; up = up.getParent()) {
            up.setExpanded(true);
        }
        onSelect();
    }

    private static void sort(TreeNode<Node> node) {
        node.getChildren().sort((a, b) -> a.getData().getCode().compareTo(b.getData().getCode()));
        node.getChildren().forEach(GridsView::sort);
    }

    public void changeVillage() {
        build(null);
    }

    public void onSelect() {
        GridView grid = getSelectedGrid();
        name = grid == null ? null : grid.name();
        leaderName = grid == null ? null : grid.leaderName();
        childCode = childName = childLeader = null;
    }

    public void save() {
        GridView grid = getSelectedGrid();
        if (grid != null && Pages.run(() -> organisation.updateGrid(grid.id(), name, leaderName), "common.saved")) {
            build(grid.id());
        }
    }

    public void remove() {
        GridView grid = getSelectedGrid();
        if (grid != null && Pages.run(() -> organisation.removeGrid(grid.id()), "common.deleted")) {
            build(grid.parentId());
        }
    }

    public void addChild() {
        Node node = getSelected();
        if (node == null || node.getChildLevel() == null) {
            return;
        }
        Long parent = node.grid() == null ? null : node.grid().id();
        GridView[] added = new GridView[1];
        if (Pages.run(() -> added[0] = organisation.addGrid(new Organisation.GridForm(node.village().id(), parent,
                node.getChildLevel(), childCode, childName, childLeader)), "common.saved")) {
            build(added[0].id());
        }
    }

    public Node getSelected() {
        return selectedNode == null ? null : selectedNode.getData();
    }

    public GridView getSelectedGrid() {
        Node node = getSelected();
        return node == null ? null : node.grid();
    }

    public TreeNode<Node> getRoot() {
        return root;
    }

    public TreeNode<Node> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<Node> selectedNode) {
        this.selectedNode = selectedNode;
    }


    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public void setLeaderName(String leaderName) {
        this.leaderName = leaderName;
    }

    public String getChildCode() {
        return childCode;
    }

    public void setChildCode(String childCode) {
        this.childCode = childCode;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public String getChildLeader() {
        return childLeader;
    }

    public void setChildLeader(String childLeader) {
        this.childLeader = childLeader;
    }
}

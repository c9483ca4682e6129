package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tree of places the user may see, with adding, renaming and removing for tenant admins. */
@Named
@ViewScoped
public class PlacesView implements Serializable {

    @Inject
    PlaceDirectory places;

    private TreeNode<PlaceView> root;
    private TreeNode<PlaceView> selectedNode;
    private int count;
    private PlaceLevel childLevel;
    private String childName;
    private String childCode;
    private String newName;

    @PostConstruct
    void load() {
        List<PlaceView> visible = places.visible();
        count = visible.size();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<PlaceView>> nodes = new HashMap<>();
        for (PlaceView place : visible) {
            TreeNode<PlaceView> parent = place.parentId() == null ? root : nodes.getOrDefault(place.parentId(), root);
            TreeNode<PlaceView> node = new DefaultTreeNode<>(place, parent);
            node.setExpanded(place.level().tier() != PlaceLevel.Tier.TOWNSHIP || visible.size() < 200);
            nodes.put(place.id(), node);
            if (selectedNode == null) {
                selectedNode = node;
            }
        }
        if (selectedNode != null) {
            selectedNode.setSelected(true);
            newName = selectedNode.getData().name();
        }
    }

    public PlaceView getSelected() {
        return selectedNode == null ? null : selectedNode.getData();
    }

    public List<PlaceLevel> getChildLevels() {
        PlaceView selected = getSelected();
        return selected == null ? List.of() : Arrays.stream(PlaceLevel.values()).filter(selected.level()::mayHaveChild).toList();
    }

    public void onSelect() {
        newName = getSelected() == null ? null : getSelected().name();
    }

    public void addChild() {
        PlaceView selected = getSelected();
        if (selected != null && Pages.run(() -> places.add(selected.id(), childLevel, childName, childCode), "common.saved")) {
            childName = childCode = null;
            reload(selected.id());
        }
    }

    public void rename() {
        PlaceView selected = getSelected();
        if (selected != null && Pages.run(() -> places.rename(selected.id(), newName, selected.version()), "common.saved")) {
            reload(selected.id());
        }
    }

    public void remove() {
        PlaceView selected = getSelected();
        if (selected != null && Pages.run(() -> places.remove(selected.id()), "common.deleted")) {
            reload(selected.parentId());
        }
    }

    private void reload(Long selectId) {
        selectedNode = null;
        load();
        if (selectId != null) {
            select(root, selectId);
        }
    }

    private void select(TreeNode<PlaceView> node, long id) {
        for (TreeNode<PlaceView> child : node.getChildren()) {
            if (child.getData().id() == id) {
                if (selectedNode != null) {
                    selectedNode.setSelected(false);
                }
                selectedNode = child;
                child.setSelected(true);
                newName = child.getData().name();
                return;
            }
            select(child, id);
        }
    }

    public TreeNode<PlaceView> getRoot() {
        return root;
    }

    public TreeNode<PlaceView> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<PlaceView> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public int getCount() {
        return count;
    }

    public PlaceLevel getChildLevel() {
        return childLevel;
    }

    public void setChildLevel(PlaceLevel childLevel) {
        this.childLevel = childLevel;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public String getChildCode() {
        return childCode;
    }

    public void setChildCode(String childCode) {
        this.childCode = childCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}

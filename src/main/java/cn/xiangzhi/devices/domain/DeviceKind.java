package cn.xiangzhi.devices.domain;

/** What a registered device is: an attendance terminal (iclock), a seal terminal or a camera (protocols to come). */
public enum DeviceKind {
    ATTENDANCE, SEAL, CAMERA
}

/**
 * Small real-looking configs for the hygiene checks, each with the flaws the tests look for
 * (the *_DIRTY ones) or none of them (the *_CLEAN ones). Passwords are placeholders.
 */

/**
 * FortiGate: a redundant and a conflicting policy, any/any/ALL, an unused and an undefined
 * address (CACHE is used only inside a group), telnet, admin "admin".
 */
export const FORTIGATE_DIRTY = `#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin
config system global
    set hostname "fw-town"
end
config system interface
    edit "port1"
        set vdom "root"
        set ip 10.20.0.1 255.255.255.0
        set allowaccess ping https ssh telnet
        set role lan
    next
    edit "port2"
        set vdom "root"
        set ip 203.0.113.2 255.255.255.248
        set allowaccess ping
        set role wan
    next
end
config system admin
    edit "admin"
        set accprofile "super_admin"
        set vdom "root"
        set password ENC placeholder
    next
end
config firewall address
    edit "all"
        set subnet 0.0.0.0 0.0.0.0
    next
    edit "WEB-PROXY"
        set subnet 10.20.0.10 255.255.255.255
    next
    edit "CACHE"
        set subnet 10.20.0.11 255.255.255.255
    next
    edit "OLD-SERVER"
        set subnet 10.20.0.99 255.255.255.255
    next
end
config firewall addrgrp
    edit "PROXIES"
        set member "WEB-PROXY" "CACHE"
    next
end
config firewall service custom
    edit "HTTPS"
        set tcp-portrange 443
    next
    edit "HTTP"
        set tcp-portrange 80
    next
    edit "SMTP"
        set tcp-portrange 25
    next
end
config firewall policy
    edit 1
        set name "proxy-out"
        set srcintf "port1"
        set dstintf "port2"
        set action accept
        set srcaddr "PROXIES"
        set dstaddr "all"
        set schedule "always"
        set service "HTTP" "HTTPS"
        set logtraffic all
    next
    edit 2
        set name "proxy-https"
        set srcintf "port1"
        set dstintf "port2"
        set action accept
        set srcaddr "WEB-PROXY"
        set dstaddr "all"
        set schedule "always"
        set service "HTTPS"
    next
    edit 3
        set name "deny-proxy-http"
        set srcintf "port1"
        set dstintf "port2"
        set srcaddr "WEB-PROXY"
        set dstaddr "all"
        set schedule "always"
        set service "HTTP"
    next
    edit 4
        set name "temp-all"
        set srcintf "port1"
        set dstintf "port2"
        set action accept
        set srcaddr "all"
        set dstaddr "all"
        set schedule "always"
        set service "ALL"
    next
    edit 5
        set srcintf "port1"
        set dstintf "port2"
        set action accept
        set srcaddr "FILESRV"
        set dstaddr "all"
        set schedule "always"
        set service "HTTPS"
    next
end
`;

/** FortiGate done right: ssh/https only, a named admin, every object used, no overlap. */
export const FORTIGATE_CLEAN = `#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=netadmin
config system global
    set hostname "fw-clean"
end
config system interface
    edit "port1"
        set vdom "root"
        set ip 10.20.0.1 255.255.255.0
        set allowaccess ping https ssh
        set role lan
    next
    edit "port2"
        set vdom "root"
        set ip 203.0.113.2 255.255.255.248
        set role wan
    next
end
config system admin
    edit "netadmin"
        set accprofile "super_admin"
        set vdom "root"
        set trusthost1 10.20.0.0 255.255.255.0
        set password ENC placeholder
    next
end
config firewall address
    edit "all"
        set subnet 0.0.0.0 0.0.0.0
    next
    edit "WEB-PROXY"
        set subnet 10.20.0.10 255.255.255.255
    next
end
config firewall service custom
    edit "HTTPS"
        set tcp-portrange 443
    next
    edit "HTTP"
        set tcp-portrange 80
    next
    edit "ALL"
        set protocol IP
    next
end
config firewall policy
    edit 1
        set name "proxy-out"
        set srcintf "port1"
        set dstintf "port2"
        set action accept
        set srcaddr "WEB-PROXY"
        set dstaddr "all"
        set schedule "always"
        set service "HTTP" "HTTPS"
        set logtraffic all
    next
end
`;

/** IOS: a redundant and a conflicting ACE, permit ip any any, an unused object-group, telnet, SNMP v2c, user "cisco". */
export const IOS_DIRTY = `version 15.2
hostname rt-lgwan
!
vrf definition GUEST
 address-family ipv4
 exit-address-family
!
username cisco privilege 15 secret 9 placeholder
username netadmin privilege 15 secret 9 placeholder
!
object-group network LGWAN-HOSTS
 host 10.20.5.30
 10.20.6.0 255.255.255.0
object-group network OLD-HOSTS
 host 10.20.9.9
!
interface GigabitEthernet0/0
 ip address 10.20.0.1 255.255.255.0
 ip access-group LAN-IN in
!
interface GigabitEthernet0/1
 ip address 172.16.0.1 255.255.255.252
!
interface GigabitEthernet0/2
 vrf forwarding GUEST
 ip address 192.168.200.1 255.255.255.0
!
ip access-list extended LAN-IN
 permit tcp object-group LGWAN-HOSTS any eq 443
 permit tcp host 10.20.5.30 any eq 443
 deny ip any any log
 permit ip any any
!
ip access-list standard VTY-ONLY
 permit 10.20.0.0 0.0.0.255
!
ip access-list standard UNBOUND
 permit 10.99.0.0 0.0.0.255
!
snmp-server community public RO
!
line vty 0 4
 access-class VTY-ONLY in
 transport input telnet ssh
!
end
`;

/** IOS done right: ssh only, SNMPv3 priv, a named user, a tight ACL. */
export const IOS_CLEAN = `version 15.2
hostname rt-clean
!
username netadmin privilege 15 secret 9 placeholder
!
interface GigabitEthernet0/0
 ip address 10.20.0.1 255.255.255.0
 ip access-group LAN-IN in
!
interface GigabitEthernet0/1
 ip address 172.16.0.1 255.255.255.252
!
ip access-list extended LAN-IN
 permit tcp 10.20.0.0 0.0.0.255 host 172.16.0.2 eq 443
 deny ip any any log
!
ip access-list standard VTY-ONLY
 permit 10.20.0.0 0.0.0.255
!
snmp-server group NMS v3 priv
!
line vty 0 4
 access-class VTY-ONLY in
 transport input ssh
!
end
`;

/** ASA: object NAT on obj_any, an unused object, an undefined one, telnet, user "admin". */
export const ASA_DIRTY = `: Saved
:
ASA Version 9.12(4)
!
hostname asa-mn
enable password ***** encrypted
username admin password ***** pbkdf2 privilege 15
!
interface GigabitEthernet0/0
 nameif outside
 security-level 0
 ip address 203.0.113.2 255.255.255.248
!
interface GigabitEthernet0/1
 nameif inside
 security-level 100
 ip address 10.10.0.1 255.255.255.0
!
object network obj_any
 subnet 0.0.0.0 0.0.0.0
object network WEB
 host 10.10.0.80
object network UNUSED-HOST
 host 10.10.0.99
object-group network SERVERS
 network-object object WEB
access-list INSIDE_IN extended permit tcp any object-group SERVERS eq https
access-list INSIDE_IN extended permit tcp any object WEB eq https
access-list INSIDE_IN extended permit ip any object GHOST
access-list CRYPTO_ACL extended permit ip 10.10.0.0 255.255.255.0 10.99.0.0 255.255.255.0
access-group INSIDE_IN in interface inside
!
object network obj_any
 nat (inside,outside) dynamic interface
telnet 10.10.0.0 255.255.255.0 inside
ssh 10.10.0.0 255.255.255.0 inside
: end
`;

/** PAN-OS (set format): an unused address and group, http in a management profile, user "admin". */
export const PANOS_DIRTY = `set deviceconfig system hostname pa-edge
set mgt-config users admin permissions role-based superuser yes
set mgt-config users johosys permissions role-based superreader yes
set network profiles interface-management-profile mgmt-lan http yes
set network profiles interface-management-profile mgmt-lan ping yes
set network interface ethernet ethernet1/1 layer3 ip 192.0.2.1/24
set network interface ethernet ethernet1/2 layer3 ip 10.3.0.1/24
set network interface ethernet ethernet1/2 layer3 interface-management-profile mgmt-lan
set network virtual-router default interface [ ethernet1/1 ethernet1/2 ]
set zone outside network layer3 ethernet1/1
set zone inside network layer3 ethernet1/2
set address web ip-netmask 10.3.0.80/32
set address web2 ip-netmask 10.3.0.81/32
set address stale ip-netmask 10.3.0.99/32
set address-group webs static [ web web2 ]
set address-group unused-grp static [ web ]
set rulebase security rules web-in from outside
set rulebase security rules web-in to inside
set rulebase security rules web-in source any
set rulebase security rules web-in destination webs
set rulebase security rules web-in application any
set rulebase security rules web-in service service-https
set rulebase security rules web-in action allow
`;

/** Junos (set format): telnet, any/any/any, one unused NAT pool, root and "admin" accounts. */
export const JUNOS_DIRTY = `set system host-name srx-fw
set system root-authentication encrypted-password "placeholder"
set system login user admin uid 2001
set system login user admin class super-user
set system login user admin authentication encrypted-password "placeholder"
set system services ssh
set system services telnet
set interfaces ge-0/0/0 unit 0 family inet address 10.20.0.1/24
set interfaces ge-0/0/1 unit 0 family inet address 203.0.113.2/29
set security zones security-zone trust address-book address lonely 10.20.0.99/32
set security zones security-zone trust interfaces ge-0/0/0.0 host-inbound-traffic system-services ssh
set security zones security-zone trust interfaces ge-0/0/0.0 host-inbound-traffic system-services telnet
set security zones security-zone untrust interfaces ge-0/0/1.0
set security nat source pool POOL-A address 203.0.113.3/32
set security nat source pool POOL-B address 203.0.113.4/32
set security nat source rule-set rs1 from zone trust
set security nat source rule-set rs1 to zone untrust
set security nat source rule-set rs1 rule r1 match source-address 10.20.0.0/24
set security nat source rule-set rs1 rule r1 then source-nat pool POOL-A
set security policies from-zone trust to-zone untrust policy any-out match source-address any
set security policies from-zone trust to-zone untrust policy any-out match destination-address any
set security policies from-zone trust to-zone untrust policy any-out match application any
set security policies from-zone trust to-zone untrust policy any-out then permit
`;

/** YAMAHA RTX without a login user: a redundant filter, an unbound one, telnet. */
export const RTX_ANONYMOUS = `# RTX830 Rev.15.02.24 (Wed Jun 22 10:31:21 2022)
ip route default gateway 192.168.100.254
ip lan1 address 10.20.1.1/24
ip lan1 secure filter in 100 101 199
ip lan2 address 192.168.100.1/24
ip filter 100 pass 10.20.1.0/24 * tcp * https
ip filter 101 pass 10.20.1.0/24 * tcp * 443
ip filter 150 pass * * * * *
ip filter 199 reject * * * * *
telnetd host lan
`;

/** The same RTX with a named login user. */
export const RTX_NAMED = `# RTX830 Rev.15.02.24 (Wed Jun 22 10:31:21 2022)
login user lgwanadmin encrypted *
administrator password encrypted *
ip route default gateway 192.168.100.254
ip lan1 address 10.20.1.1/24
ip lan1 secure filter in 100 199
ip lan2 address 192.168.100.1/24
ip filter 100 pass 10.20.1.0/24 * tcp * https
ip filter 199 reject * * * * *
telnetd service off
httpd service off
`;
